import { afterEach, describe, expect, it } from 'vitest';
import { exportAudit, filtersRecord } from '@renderer/audit/export';
import {
  AUDIT_EXPORTED,
  actionLabel,
  summarise,
  userLabel,
  type SummaryContext,
} from '@renderer/audit/summary';
import { auditLog } from '@renderer/db/audit';
import type { AppDatabase } from '@renderer/db/database';
import type { AuditAction, AuditEvent } from '@renderer/db/types';
import { createI18n } from '@renderer/i18n';
import type { Lang } from '@shared/i18n/lang';
import { almatyInstant } from '@shared/time/almaty';
import { closeTestDbs, testDb } from '../testDb';

afterEach(closeTestDbs);

const NAMES = new Map([
  ['u-admin', 'Сейтова Айгуль Маратовна'],
  ['u-new', 'Жумабаев Ерлан Серикович'],
]);
function ctx(lang: Lang): SummaryContext {
  return { i18n: createI18n(lang), lang, userName: (id) => NAMES.get(id) ?? null };
}
const AT = almatyInstant('2026-11-20', 14, 5);
const ev = (
  action: string,
  details?: Record<string, unknown>,
  extra: Partial<AuditEvent> = {},
): AuditEvent => ({
  at: AT,
  userId: 'u-admin',
  action: action as AuditAction,
  ...(details ? { details } : {}),
  ...extra,
});

describe('audit texts', () => {
  it('names actions in both languages, lifecycle steps by their step name, unknown ones as stored', () => {
    expect(actionLabel('auth.signed-in', ctx('ru'))).toBe('Вход в систему');
    expect(actionLabel('auth.signed-in', ctx('kk'))).toBe('Жүйеге кіру');
    expect(actionLabel('case.withdraw', ctx('ru'))).toBe(createI18n('ru').t('lifecycle:events.withdraw'));
    expect(actionLabel('case.withdraw', ctx('ru'))).not.toBe('case.withdraw');
    expect(actionLabel('future.thing', ctx('ru'))).toBe('future.thing');
  });

  it("shows a user's full name, the id when unknown, and a dash for no user", () => {
    expect(userLabel('u-admin', ctx('ru'))).toBe('Сейтова Айгуль Маратовна');
    expect(userLabel('gone', ctx('ru'))).toBe('gone');
    expect(userLabel(null, ctx('ru'))).toMatch(/^—/);
  });

  it('summarises what changed: the new account with its roles, role changes, failed sign-ins', () => {
    const created = summarise(
      ev('user.created', { targetId: 'u-new', login: 'erlan', roles: ['district-head', 'admin'] }),
      ctx('ru'),
    );
    expect(created).toContain('Жумабаев Ерлан Серикович');
    expect(created).toContain('erlan');
    expect(created).toContain('Администратор');
    expect(created).not.toContain('district-head');
    expect(
      summarise(
        ev('user.roles-changed', { targetId: 'u-new', from: ['admin'], to: ['district-head'] }),
        ctx('ru'),
      ),
    ).toMatch(/^Жумабаев Ерлан Серикович: Администратор → /);
    expect(summarise(ev('auth.sign-in-failed', { attemptsLeft: 2 }), ctx('ru'))).toBe('осталось 2 попытки');
    expect(summarise(ev('auth.sign-in-failed', { login: 'x' }), ctx('kk'))).toBe('логин «x»');
    expect(summarise(ev('auth.signed-in'), ctx('ru'))).toBe('');
  });

  it('names and summarises password management in words', () => {
    for (const lang of ['ru', 'kk'] as const) {
      for (const action of [
        'user.password-reset',
        'user.unlocked',
        'user.must-change-password',
        'auth.password-changed',
        'auth.password-change-failed',
        'auth.password-rehashed',
      ]) {
        expect(actionLabel(action, ctx(lang))).not.toBe(action);
      }
    }
    expect(summarise(ev('user.password-reset', { targetId: 'u-new', mustChange: true }), ctx('ru'))).toBe(
      'Жумабаев Ерлан Серикович',
    );
    expect(
      summarise(ev('user.unlocked', { targetId: 'u-new', failedAttempts: 5, lockedUntil: AT }), ctx('ru')),
    ).toBe('Жумабаев Ерлан Серикович; неудачных попыток было: 5');
    expect(
      summarise(ev('user.must-change-password', { targetId: 'u-new', mustChange: true }), ctx('kk')),
    ).toContain('келесі кіргенде');
    expect(summarise(ev('auth.password-rehashed', { from: 310000, to: 600000 }), ctx('ru'))).toBe(
      'итераций PBKDF2: 310000 → 600000',
    );
  });

  it('summarises settings, registrations and lifecycle steps; falls back to key: value', () => {
    expect(summarise(ev('settings.changed', { language: 'kk' }), ctx('ru'))).toBe(
      'язык интерфейса: казахский',
    );
    const security = summarise(
      ev('settings.changed', {
        security: {
          from: { maxFailedAttempts: 5, lockoutMinutes: 15 },
          to: { maxFailedAttempts: 3, lockoutMinutes: 15 },
        },
      }),
      ctx('ru'),
    );
    expect(security).toBe('попыток до блокировки: 5 → 3');
    const registered = summarise(
      ev('case.registered', { serviceId: 'housing-assistance', channel: 'center', due: '2026-12-04' }),
      ctx('kk'),
    );
    expect(registered).toContain('Тұрғын үй көмегін тағайындау');
    expect(registered).toContain('ХҚКО');
    expect(registered).toContain('04.12.2026');
    expect(
      summarise(ev('case.withdraw', { from: 'accepted', to: 'withdrawn', reason: 'передумал' }), ctx('ru')),
    ).toBe('Принято → Заявление отозвано; причина: передумал');
    expect(summarise(ev('something.new', { a: 1, b: ['x', 'y'] }), ctx('ru'))).toBe('a: 1; b: x, y');
  });

  it('describes an export with its filters in words', () => {
    const text = summarise(
      ev(AUDIT_EXPORTED, {
        rows: 5,
        filters: { from: '2026-11-01', userId: 'u-new', action: 'auth.signed-in' },
      }),
      ctx('ru'),
    );
    expect(text).toBe(
      '5 записей; условия: Дата начала: 01.11.2026; Пользователь: Жумабаев Ерлан Серикович; Действие: Вход в систему',
    );
  });
});

async function seed(db: AppDatabase) {
  await auditLog.append(db, { userId: 'u-admin', action: 'auth.signed-in' }, AT);
  await auditLog.append(
    db,
    {
      userId: 'u-admin',
      action: 'user.created',
      details: { targetId: 'u-new', login: 'erlan', roles: ['admin'] },
    },
    AT + 60_000,
  );
  await auditLog.append(db, { userId: 'u-new', action: 'auth.signed-in' }, AT + 120_000);
}

describe('audit export', () => {
  it('saves the filtered rows as an Excel CSV and records the export with its count and filters', async () => {
    const db = testDb();
    await seed(db);
    const saved: { name: string; bytes: Uint8Array; mime: string }[] = [];
    const r = await exportAudit(db, {
      filters: { userId: 'u-admin' },
      actorId: 'u-admin',
      now: AT + 180_000,
      ctx: ctx('ru'),
      save: async (name, bytes, mime) => {
        saved.push({ name, bytes, mime });
        return 'saved';
      },
    });
    expect(r).toEqual({ outcome: 'saved', rows: 2, fileName: 'журнал-действий-2026-11-20.csv' });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.mime).toMatch(/^text\/csv/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(saved[0]!.bytes);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(
      'Дата и время (Алматы);Пользователь;Код пользователя;Действие;Код действия;Номер дела;Что изменилось',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('20.11.2026 14:06;Сейтова Айгуль Маратовна;u-admin;Создана учётная запись');
    expect(lines[1]).toContain('Жумабаев Ерлан Серикович');
    expect(lines[2]).toContain('Вход в систему;auth.signed-in');
    const last = await db.audit.orderBy('id').last();
    expect(last).toMatchObject({
      userId: 'u-admin',
      action: 'audit.exported',
      at: AT + 180_000,
      details: { rows: 2, filters: { userId: 'u-admin' }, fileName: r.outcome === 'saved' ? r.fileName : '' },
    });
  });

  it('records nothing when the save is cancelled, when nothing matches, or when the rows exceed the cap', async () => {
    const db = testDb();
    await seed(db);
    let calls = 0;
    const base = {
      actorId: 'u-admin',
      now: AT + 180_000,
      ctx: ctx('kk'),
      save: async () => {
        calls++;
        return 'cancelled' as const;
      },
    };
    expect(await exportAudit(db, { ...base, filters: {} })).toEqual({ outcome: 'cancelled' });
    expect(calls).toBe(1);
    expect(await exportAudit(db, { ...base, filters: { userId: 'nobody' } })).toEqual({ outcome: 'nothing' });
    expect(await exportAudit(db, { ...base, filters: {}, cap: 2 })).toEqual({ outcome: 'too-many', cap: 2 });
    expect(calls).toBe(1);
    expect(await db.audit.count()).toBe(3);
  });

  it('keeps only the filters that are set in the record', () => {
    expect(filtersRecord({ from: '2026-11-01', to: null, userId: '', caseId: '123' })).toEqual({
      from: '2026-11-01',
      caseId: '123',
    });
  });
});

describe('every action the application records has a name', () => {
  // The AuditAction union of renderer/src/db/types.ts, listed here so a new action without a
  // translation fails this test.
  const ACTIONS = [
    'setup.completed',
    'auth.signed-in',
    'auth.sign-in-failed',
    'auth.locked-out',
    'auth.signed-out',
    'auth.session-locked',
    'auth.session-unlocked',
    'user.created',
    'user.disabled',
    'user.enabled',
    'user.roles-changed',
    'settings.changed',
    'case.registered',
    'case.duplicate-accepted',
    'intake.counter-refusal',
    'office-keys.created',
    'office-keys.rotated',
    'office-card.exported',
    'trust.card-imported',
    'trust.key-revoked',
    'registry.exported',
    'registry.imported',
    'registry.custody-scan',
    AUDIT_EXPORTED,
  ];
  it.each(['ru', 'kk'] as const)('%s', (lang) => {
    for (const action of ACTIONS) expect(actionLabel(action, ctx(lang)), action).not.toBe(action);
  });
});
