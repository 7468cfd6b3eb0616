import { afterEach, describe, expect, it } from 'vitest';
import {
  actionContext,
  cancelCase,
  caseHistory,
  checkCorrection,
  correctApplicant,
  withdrawCase,
} from '@renderer/journal/actions';
import { queryJournal } from '@renderer/journal/query';
import { closeTestDbs, testDb } from '../testDb';
import { MONDAY_10AM, insertCases, makeIin } from './fixtures';

afterEach(closeTestDbs);

const inspector = { id: 'inspector-2', roles: ['center-inspector' as const] };
const admin = { id: 'admin-1', roles: ['admin' as const] };
const LATER = MONDAY_10AM + 3_600_000;

describe('withdrawal and cancellation', () => {
  it('withdraws with a reason: status, closing reason, intake revision and one audit entry, together', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    const r = await withdrawCase(
      db,
      row!.id,
      '  Заявитель передумал ',
      actionContext(inspector, 'center', LATER),
    );
    expect(r.ok).toBe(true);
    const stored = (await db.cases.get(row!.id))!;
    expect(stored.status).toBe('withdrawn');
    expect(stored.state.closingReason).toBe('Заявитель передумал');
    expect(stored.state.revisions.intake).toBe(2);
    expect(stored.updatedAt).toBe(LATER);
    const history = await caseHistory(db, row!.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'case.withdraw',
      caseId: row!.id,
      userId: 'inspector-2',
      at: LATER,
      details: { from: 'accepted', to: 'withdrawn', reason: 'Заявитель передумал', revision: 2 },
    });
    // The status index follows.
    const byStatus = await queryJournal(db, { filters: { status: 'withdrawn' }, today: '2026-03-02' });
    expect(byStatus.rows.map((x) => x.id)).toEqual([row!.id]);
  });

  it('refuses a withdrawal without a reason and writes nothing', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    const r = await withdrawCase(db, row!.id, '   ', actionContext(inspector, 'center', LATER));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'missing-reason', messageKey: 'errors.missing-reason' },
    });
    expect((await db.cases.get(row!.id))!.status).toBe('accepted');
    expect(await db.audit.count()).toBe(0);
  });

  it('cancellation is the administrator’s; an inspector is refused with the lifecycle’s code', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    const refused = await cancelCase(db, row!.id, 'Ошибка', actionContext(inspector, 'center', LATER));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden-role' } });
    const done = await cancelCase(
      db,
      row!.id,
      'Зарегистрировано дважды',
      actionContext(admin, 'center', LATER),
    );
    expect(done.ok).toBe(true);
    expect((await db.cases.get(row!.id))!.status).toBe('cancelled');
    const again = await withdrawCase(db, row!.id, 'x', actionContext(inspector, 'center', LATER + 1));
    expect(again).toMatchObject({ ok: false, error: { code: 'case-closed' } });
    expect(await db.audit.count()).toBe(1);
  });

  it('a district office cannot withdraw a case still held by the ЦОН', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    const r = await withdrawCase(
      db,
      row!.id,
      'x',
      actionContext({ id: 'd', roles: ['district-specialist'] }, 'district', LATER),
    );
    expect(r.ok).toBe(false);
  });

  it('an unknown case is reported', async () => {
    const db = testDb();
    expect(await withdrawCase(db, '1', 'x', actionContext(inspector, 'center', LATER))).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('correction of intake data', () => {
  it('changes the applicant, re-derives the indexes, bumps the intake revision, audits before/after', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ surname: 'Касымов' }]);
    const a = row!.intake.applicant;
    const newIin = makeIin('900202', 7);
    const r = await correctApplicant(
      db,
      row!.id,
      {
        ...a,
        surname: 'Қасымов',
        iin: newIin,
        registeredAddress: { district: 'turksib', street: 'ул. Сейфуллина, 5' },
      },
      'Опечатка в фамилии и ИИН',
      actionContext(inspector, 'center', LATER),
    );
    expect(r.ok).toBe(true);
    const stored = (await db.cases.get(row!.id))!;
    expect(stored.intake.applicant.surname).toBe('Қасымов');
    expect(stored.iin).toBe(newIin);
    expect(stored.personKey).toBe(`iin:${newIin}`);
    expect(stored.surnameFold).toBe('касымов');
    expect(stored.status).toBe('accepted');
    expect(stored.state.revisions.intake).toBe(2);
    expect(stored.intake.districtOfficeCode).not.toBe(row!.intake.districtOfficeCode);
    expect(stored.districtOfficeCode).toBe(stored.intake.districtOfficeCode);
    const [entry] = await caseHistory(db, row!.id);
    expect(entry).toMatchObject({
      action: 'case.correct',
      details: {
        reason: 'Опечатка в фамилии и ИИН',
        changed: ['intake.applicant.surname', 'intake.applicant.iin', 'intake.applicant.registeredAddress'],
        before: { surname: 'Касымов', iin: a.iin },
        after: { surname: 'Қасымов', iin: newIin },
      },
    });
    expect((await queryJournal(db, { search: newIin, today: '2026-03-02' })).rows).toHaveLength(1);
  });

  it('a district walk-in stays with its office when the address changes', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district', districtOfficeCode: '12' }]);
    const specialist = { id: 'spec-1', roles: ['district-specialist' as const] };
    const r = await correctApplicant(
      db,
      row!.id,
      { ...row!.intake.applicant, actualAddress: { district: 'turksib', street: 'ул. Сейфуллина, 5' } },
      'Живёт по другому адресу',
      actionContext(specialist, 'district', LATER),
    );
    expect(r.ok).toBe(true);
    const stored = (await db.cases.get(row!.id))!;
    expect(stored.intake.applicant.actualAddress?.district).toBe('turksib');
    expect(stored.districtOfficeCode).toBe('12');
  });

  it('refuses invalid data with the field paths and writes nothing', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    const a = row!.intake.applicant;
    const r = await correctApplicant(
      db,
      row!.id,
      { ...a, surname: ' ', iin: '123', identity: { ...a.identity, number: '' } },
      'x',
      actionContext(inspector, 'center', LATER),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-intake' } });
    if (!r.ok && r.error.code === 'invalid-intake') {
      expect(r.error.fields.sort()).toEqual(['identity.number', 'iin', 'surname']);
    }
    expect(await db.audit.count()).toBe(0);
    expect((await db.cases.get(row!.id))!.state.revisions.intake).toBe(1);
  });

  it('nothing changed: the lifecycle refuses with missing-changes', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{}]);
    const r = await correctApplicant(
      db,
      row!.id,
      row!.intake.applicant,
      'Проверка',
      actionContext(inspector, 'center', LATER),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'missing-changes' } });
  });

  it('checkCorrection lists only the fields that differ', () => {
    const a = {
      surname: 'А',
      name: 'Б',
      patronymic: '',
      iin: '',
      birthDate: null,
      status: 'citizen' as const,
      identity: { docType: 'passport', number: 'N1', issuedBy: '', issuedOn: null },
      registeredAddress: { district: 'almaly' as const, street: 'x' },
      actualAddress: null,
      phones: [],
    };
    const r = checkCorrection(a, { ...a, phones: ['+7 700 000 00 00'] });
    expect(r).toMatchObject({ ok: true, changed: ['phones'] });
  });
});
