import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeTestDbs, setUpOffice, testDb } from '../testDb';
import { registerCase, type RegisterInput } from '@renderer/cases/register';
import { putSetting } from '@renderer/db/settings';
import { applyCaseEvent } from '@renderer/workflow/applyEvent';
import { catalogueFor, loadRules, saveCorrections, saveOverrides } from '@renderer/rules/rules';
import { BASE_RULES_VERSION } from '@shared/catalogue';
import { APPLICANT, MONDAY_10AM } from '../cases/fixtures';

afterEach(closeTestDbs);

const HOUSE_DOCS = [
  'application',
  'identity-copy',
  'title-copy',
  'house-register-copy',
  'family-income',
  'utility-bills',
  'telecom-bill',
];

const INSPECTOR = { id: 'u-insp', fullName: 'Иванова Анна', roles: ['center-inspector' as const] };

function input(iin = APPLICANT.iin): RegisterInput {
  return {
    data: {
      serviceId: 'housing-assistance',
      subType: null,
      applicant: { ...APPLICANT, iin },
      representative: null,
      family: [],
      answers: { dwelling: 'individual-house' },
      documents: HOUSE_DOCS.map((itemId) => ({ itemId, originalShown: true, copyReceived: true })),
    },
    user: INSPECTOR,
    office: { officeCode: '22', deskCode: '01' },
    now: MONDAY_10AM,
  };
}

const TWELVE_DAYS = {
  services: {
    'housing-assistance': { channels: { center: { term: { value: 12, unit: 'calendar-days' as const } } } },
  },
};

describe('rules in force', () => {
  it('defaults when nothing is stored', async () => {
    const db = testDb();
    const rules = await loadRules(db);
    expect(rules.catalogue.rulesVersion).toBe(BASE_RULES_VERSION);
    expect(rules.problems).toEqual([]);
    expect(rules.corrections).toEqual([]);
  });

  it('a saved term changes the due date registerCase computes and the version it stores; audited', async () => {
    const db = testDb();
    const admin = await setUpOffice(db);
    const before = await registerCase(db, input());
    if (!before.ok) throw new Error(JSON.stringify(before.error));
    expect(before.row.deadlines.due).toBe('2026-03-26');
    expect(before.row.intake.rulesVersion).toBe(BASE_RULES_VERSION);

    const saved = await saveOverrides(db, TWELVE_DAYS, admin, 2_000_000);
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    expect(saved.rulesVersion).toMatch(
      new RegExp(`^${BASE_RULES_VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{16}$`),
    );
    const after = await registerCase(db, { ...input(), duplicateReason: 'тест' });
    if (!after.ok) throw new Error(JSON.stringify(after.error));
    // 16 March + 12 calendar days = Saturday 28 → Monday 30
    expect(after.row.deadlines.due).toBe('2026-03-30');
    expect(after.row.intake.rulesVersion).toBe(saved.rulesVersion);

    const audit = await db.audit.where('action').equals('settings.changed').toArray();
    expect(audit.at(-1)).toMatchObject({
      userId: admin,
      at: 2_000_000,
      details: { rulesVersion: { from: BASE_RULES_VERSION, to: saved.rulesVersion } },
    });
  });

  it('a closed ЦОН channel makes registerCase refuse at a ЦОН', async () => {
    const db = testDb();
    const admin = await setUpOffice(db);
    const saved = await saveOverrides(
      db,
      { services: { 'housing-assistance': { channels: { center: { enabled: false } } } } },
      admin,
      2_000_000,
    );
    expect(saved.ok).toBe(true);
    const r = await registerCase(db, input());
    expect(r).toEqual({ ok: false, error: { code: 'channel-closed', channel: 'center' } });
  });

  it('refuses overrides that do not parse or do not fit, and non-administrators; nothing written', async () => {
    const db = testDb();
    const admin = await setUpOffice(db);
    const bad = await saveOverrides(
      db,
      { services: { 'housing-assistance': { documents: { remove: ['nope'] } } } },
      admin,
      1,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const unparsable = await saveOverrides(db, { services: { x: {} } }, admin, 1);
    expect(unparsable).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const stranger = await saveOverrides(db, TWELVE_DAYS, 'nobody', 1);
    expect(stranger).toEqual({ ok: false, error: { code: 'not-allowed' } });
    expect(await db.settings.get('catalogueOverrides')).toBeUndefined();
    expect(await db.audit.where('action').equals('settings.changed').count()).toBe(0);
  });

  it('a broken stored override falls back to the defaults and is reported', async () => {
    const db = testDb();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await putSetting(db, 'catalogueOverrides', {
      services: { 'housing-assistance': { documents: { remove: ['no-such-document'] } } },
    });
    await putSetting(db, 'calendarCorrections', [
      { date: '2031-01-05', kind: 'day-off', reason: { ru: 'x', kk: 'x' } },
    ]);
    const rules = await loadRules(db);
    expect(rules.catalogue.rulesVersion).toBe(BASE_RULES_VERSION);
    expect(rules.problems.map((p) => p.setting)).toEqual(['catalogueOverrides', 'calendarCorrections']);
    expect(rules.problems[0]!.message).toContain('no-such-document');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('a calendar correction moves a due date; invalid corrections are refused; audited', async () => {
    const db = testDb();
    const admin = await setUpOffice(db);
    const reason = { ru: 'Решение акима', kk: 'Әкім шешімі' };
    expect(
      await saveCorrections(db, [{ date: '2035-01-01', kind: 'day-off', reason }], admin, 1),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(
      await saveCorrections(
        db,
        [{ date: '2026-03-26', kind: 'day-off', reason: { ru: '', kk: 'x' } }],
        admin,
        1,
      ),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const saved = await saveCorrections(
      db,
      [{ date: '2026-03-26', kind: 'day-off', reason }],
      admin,
      3_000_000,
    );
    expect(saved).toEqual({ ok: true, rulesVersion: BASE_RULES_VERSION });
    const r = await registerCase(db, input());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.row.deadlines.due).toBe('2026-03-27');
    const audit = await db.audit.where('action').equals('settings.changed').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      details: { calendarCorrections: { from: '', to: '2026-03-26 day-off' } },
    });
    expect((await loadRules(db)).corrections).toHaveLength(1);
  });

  it('a case keeps its rules version: catalogueFor rebuilds the old catalogue after a later change', async () => {
    const db = testDb();
    const admin = await setUpOffice(db);
    const first = await saveOverrides(db, TWELVE_DAYS, admin, 1);
    if (!first.ok) throw new Error('not saved');
    const r = await registerCase(db, input());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const second = await saveOverrides(
      db,
      {
        services: {
          'housing-assistance': { channels: { center: { term: { value: 5, unit: 'working-days' } } } },
        },
      },
      admin,
      2,
    );
    if (!second.ok) throw new Error('not saved');
    expect(second.rulesVersion).not.toBe(first.rulesVersion);
    const old = await catalogueFor(db, r.row.intake.rulesVersion);
    expect(old?.rulesVersion).toBe(first.rulesVersion);
    expect(old?.services['housing-assistance'].channels.center?.term).toEqual({
      value: 12,
      unit: 'calendar-days',
    });
    expect((await loadRules(db)).catalogue.services['housing-assistance'].channels.center?.term).toEqual({
      value: 5,
      unit: 'working-days',
    });
    expect((await catalogueFor(db, BASE_RULES_VERSION))?.rulesVersion).toBe(BASE_RULES_VERSION);
    expect(await catalogueFor(db, 'unknown+0000')).toBeNull();
    // Reset to the defaults
    expect(await saveOverrides(db, { services: {} }, admin, 3)).toEqual({
      ok: true,
      rulesVersion: BASE_RULES_VERSION,
    });
    expect((await loadRules(db)).catalogue.rulesVersion).toBe(BASE_RULES_VERSION);
  });
});

describe('a case keeps its rules in later steps', () => {
  it('applyCaseEvent recomputes with the catalogue of the case’s rules version, not the current one', async () => {
    const db = testDb();
    const admin = await setUpOffice(db);
    const term = (value: number) => ({
      services: {
        'housing-assistance': { channels: { district: { term: { value, unit: 'calendar-days' as const } } } },
      },
    });
    const first = await saveOverrides(db, term(12), admin, 1);
    if (!first.ok) throw new Error('not saved');
    const r = await registerCase(db, {
      ...input(),
      user: { id: 'u-spec', fullName: 'Петров Пётр', roles: ['district-specialist'] },
      office: { officeCode: '12', deskCode: '00' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.row.deadlines.due).toBe('2026-03-30');
    expect((await saveOverrides(db, term(20), admin, 2)).ok).toBe(true);
    const step = await applyCaseEvent(
      db,
      r.row.id,
      { type: 'register' },
      {
        actor: { userId: 'u-spec', roles: ['district-specialist'] },
        now: MONDAY_10AM + 3_600_000,
        officeType: 'district',
      },
    );
    if (!step.ok) throw new Error(step.error.code);
    expect(step.row.deadlines.due).toBe('2026-03-30');
    expect(step.row.deadlines.rulesVersion).toBe(first.rulesVersion);
  });
});
