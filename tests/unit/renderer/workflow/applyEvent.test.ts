import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '@shared/auth/roles';
import type { CaseEvent, OfficeType, TransitionContext } from '@shared/lifecycle';
import { almatyInstant } from '@shared/time/almaty';
import type { AppDatabase } from '@renderer/db/database';
import { applyCaseEvent } from '@renderer/workflow/applyEvent';
import { recordsFromAudit } from '@shared/workflow/clocks';
import { closeTestDbs, testDb } from '../testDb';
import { insertCases, MONDAY_10AM } from '../journal/fixtures';

afterEach(closeTestDbs);

const HOUR = 3_600_000;
const ctx = (
  roles: Role[],
  now: number,
  officeType: OfficeType = 'district',
  userId = `u-${roles[0]}`,
): TransitionContext => ({ actor: { userId, roles }, now, officeType });

const specialist = (now: number) => ctx(['district-specialist'], now);
const head = (now: number) => ctx(['district-head'], now);
const responsible = (now: number) => ctx(['responsible-specialist'], now);
const commission = (now: number) => ctx(['commission-member'], now);

async function step(db: AppDatabase, id: string, event: CaseEvent, c: TransitionContext) {
  const r = await applyCaseEvent(db, id, event, c, { transitAllowanceWorkingDays: 0 });
  if (!r.ok) throw new Error(`${event.type}: ${r.error.code}`);
  return r;
}

describe('applyCaseEvent', () => {
  it('registers a district case: row, index fields and one audit entry in the journal history shape', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district' }]);
    const r = await step(
      db,
      row!.id,
      { type: 'register', journalNumber: '12-2026/000001' },
      specialist(MONDAY_10AM + HOUR),
    );
    const stored = (await db.cases.get(row!.id))!;
    expect(stored.status).toBe('registered');
    expect(stored.state.milestones.registeredAt).toBe(MONDAY_10AM + HOUR);
    expect(stored.updatedAt).toBe(MONDAY_10AM + HOUR);
    expect(r.documents).toEqual([]);
    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'case.register',
      caseId: row!.id,
      userId: 'u-district-specialist',
      at: MONDAY_10AM + HOUR,
      details: {
        from: 'accepted',
        to: 'registered',
        part: 'processing',
        details: { journalNumber: '12-2026/000001' },
      },
    });
  });

  it('refuses a step of another role with the lifecycle error and writes nothing', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district' }]);
    const r = await applyCaseEvent(db, row!.id, { type: 'register' }, head(MONDAY_10AM + HOUR));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'forbidden-role', messageKey: 'errors.forbidden-role' },
    });
    expect((await db.cases.get(row!.id))!.status).toBe('accepted');
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a refusal without grounds (payload) and writes nothing', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district', serviceId: 'disability-wheelchair' }]);
    const id = row!.id;
    await step(db, id, { type: 'register' }, specialist(MONDAY_10AM + HOUR));
    await step(db, id, { type: 'pass-to-head' }, specialist(MONDAY_10AM + HOUR));
    await step(db, id, { type: 'assign', assigneeUserId: 'u-resp' }, head(MONDAY_10AM + 2 * HOUR));
    await step(db, id, { type: 'submit-draft' }, responsible(MONDAY_10AM + 3 * HOUR));
    const before = await db.audit.count();
    const r = await applyCaseEvent(
      db,
      id,
      { type: 'decide', outcome: 'refused', grounds: [] },
      head(MONDAY_10AM + 4 * HOUR),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'missing-grounds' } });
    expect((await db.cases.get(id))!.status).toBe('draft-decision');
    expect(await db.audit.count()).toBe(before);
  });

  it('says not-found for an unknown case', async () => {
    const db = testDb();
    const r = await applyCaseEvent(db, '123', { type: 'register' }, specialist(MONDAY_10AM));
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', messageKey: 'errors.not-found' } });
  });

  it('walks a housing walk-in through every district role; the decision returns its document to print', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district' }]);
    const id = row!.id;
    await step(db, id, { type: 'register' }, specialist(MONDAY_10AM + HOUR));
    await step(db, id, { type: 'pass-to-head' }, specialist(MONDAY_10AM + HOUR));
    const assigned = await step(
      db,
      id,
      { type: 'assign', assigneeUserId: 'u-resp' },
      head(MONDAY_10AM + 2 * HOUR),
    );
    expect(assigned.row.state.assigneeUserId).toBe('u-resp');
    await step(db, id, { type: 'send-to-commission' }, responsible(MONDAY_10AM + 3 * HOUR));
    const decided = await step(
      db,
      id,
      { type: 'decide', outcome: 'approved', amount: 5000, periodMonths: 12 },
      commission(MONDAY_10AM + 4 * HOUR),
    );
    expect(decided.documents).toEqual(['notification-of-assignment']);
    expect(decided.row.state).toMatchObject({ decision: 'approved', amount: 5000, periodMonths: 12 });
    await step(db, id, { type: 'sign-result' }, head(MONDAY_10AM + 5 * HOUR));
    const issued = await step(
      db,
      id,
      { type: 'issue', delivery: 'post' },
      responsible(MONDAY_10AM + 6 * HOUR),
    );
    expect(issued.row.status).toBe('sent-by-post');
    // the service-term clock started at acceptance stops at delivery, and the stop is recorded
    expect(issued.clocks).toEqual([{ clock: 'service-term', action: 'stop', at: MONDAY_10AM + 6 * HOUR }]);
    const audit = await db.audit.orderBy('id').toArray();
    expect(audit.map((a) => a.action)).toEqual([
      'case.register',
      'case.pass-to-head',
      'case.assign',
      'case.send-to-commission',
      'case.decide',
      'case.sign-result',
      'case.issue',
    ]);
    expect(audit[4]!.details).toMatchObject({ documents: ['notification-of-assignment'] });
    expect(audit[6]!.details).toMatchObject({ clocks: [{ clock: 'service-term', action: 'stop' }] });
  });

  it('child benefit at the district: registration starts the term and the to-commission clock; recorded steps move the step due dates', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district', serviceId: 'child-benefit-under-18' }]);
    const id = row!.id;
    // Registered on Wednesday 4 March 2026: the 7-WD term counts from registration (3.9 A5).
    const wed = almatyInstant('2026-03-04', 11);
    const reg = await step(db, id, { type: 'register' }, specialist(wed));
    expect(reg.clocks.map((c) => [c.clock, c.action])).toEqual([
      ['service-term', 'start'],
      ['to-commission', 'start'],
    ]);
    expect(reg.clocks[1]).toMatchObject({ limit: { value: 2, unit: 'working-days' } });
    expect(reg.row.deadlines.due).not.toBe(row!.deadlines.due);
    expect(reg.row.dueDate).toBe(reg.row.deadlines.due);
    await step(db, id, { type: 'pass-to-head' }, specialist(wed));
    await step(db, id, { type: 'assign' }, head(wed));
    const thu = almatyInstant('2026-03-05', 12);
    const sent = await step(db, id, { type: 'send-to-commission' }, responsible(thu));
    expect(sent.clocks.map((c) => [c.clock, c.action])).toEqual([
      ['to-commission', 'stop'],
      ['commission', 'start'],
    ]);
    // A7 (commission, 3 WD after A6) now counts from the recorded A6, Thursday 5 March.
    const a7 = sent.row.deadlines.steps.find((s) => s.stepId === 'A7')!;
    expect(a7).toMatchObject({ basis: 'step', due: '2026-03-11' });
    // Records survive in the audit and are read back in order.
    const records = recordsFromAudit(await db.audit.toArray());
    expect(records.map((r) => r.clock)).toEqual([
      'service-term',
      'to-commission',
      'to-commission',
      'commission',
    ]);
  });

  it('child benefit: awaiting originals starts the 3-WD clock; refusal to accept closes with its notice', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district', serviceId: 'child-benefit-under-18' }]);
    const id = row!.id;
    const req = await step(db, id, { type: 'request-originals' }, specialist(MONDAY_10AM + HOUR));
    expect(req.row.status).toBe('awaiting-originals');
    expect(req.clocks).toEqual([
      {
        clock: 'originals',
        action: 'start',
        at: MONDAY_10AM + HOUR,
        limit: { value: 3, unit: 'working-days' },
      },
    ]);
    // A3d (3 WD after A3b) is dated from the request.
    expect(req.row.deadlines.steps.find((s) => s.stepId === 'A3d')).toMatchObject({
      basis: 'step',
      due: '2026-03-05',
    });
    const refused = await step(
      db,
      id,
      { type: 'refuse-acceptance', reason: 'Подлинники не представлены' },
      specialist(MONDAY_10AM + 80 * HOUR),
    );
    expect(refused.row.status).toBe('acceptance-refused');
    expect(refused.documents).toEqual(['refusal-to-accept-notice']);
    expect(refused.clocks).toEqual([{ clock: 'originals', action: 'stop', at: MONDAY_10AM + 80 * HOUR }]);
  });

  it('ЦОН package: receipt starts the completeness check, a return lists the missing documents and produces the notice', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'center', status: 'in-transit' }]);
    const id = row!.id;
    const rec = await step(db, id, { type: 'receive-at-district' }, specialist(MONDAY_10AM + 24 * HOUR));
    expect(rec.clocks).toEqual([
      {
        clock: 'completeness-check',
        action: 'start',
        at: MONDAY_10AM + 24 * HOUR,
        limit: { value: 3, unit: 'working-days' },
      },
    ]);
    const ret = await step(
      db,
      id,
      { type: 'return-incomplete', missingDocuments: ['Справка о доходах', ' Копия удостоверения '] },
      specialist(MONDAY_10AM + 26 * HOUR),
    );
    expect(ret.row.status).toBe('returned-incomplete');
    expect(ret.row.state.missingDocuments).toEqual(['Справка о доходах', 'Копия удостоверения']);
    expect(ret.documents).toEqual(['missing-documents-notice']);
    expect(ret.clocks).toEqual([
      { clock: 'completeness-check', action: 'stop', at: MONDAY_10AM + 26 * HOUR },
    ]);
    const last = (await db.audit.orderBy('id').last())!;
    expect(last.details).toMatchObject({
      details: { missingDocuments: ['Справка о доходах', 'Копия удостоверения'] },
      documents: ['missing-documents-notice'],
    });
  });

  it('ЦОН package registered at the district starts the district clock: both clocks in the deadlines', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'center', status: 'in-transit' }]);
    const id = row!.id;
    expect(row!.deadlines.districtClock?.registeredOn).toBeNull();
    await step(db, id, { type: 'receive-at-district' }, specialist(MONDAY_10AM + 24 * HOUR));
    const reg = await step(db, id, { type: 'register' }, specialist(MONDAY_10AM + 25 * HOUR));
    expect(reg.clocks.map((c) => [c.clock, c.action])).toEqual([
      ['completeness-check', 'stop'],
      ['district-term', 'start'],
    ]);
    expect(reg.row.deadlines.centerClock?.due).toBe(row!.deadlines.centerClock?.due);
    expect(reg.row.deadlines.districtClock).toMatchObject({ registeredOn: '2026-03-03', due: '2026-03-13' });
  });

  it('keeps the previous deadlines and warns when they cannot be recomputed (clock before acceptance)', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [{ channel: 'district', serviceId: 'child-benefit-under-18' }]);
    const r = await step(db, row!.id, { type: 'register' }, specialist(MONDAY_10AM - 48 * HOUR));
    expect(r.warnings).toEqual(expect.arrayContaining(['clock-before-last-change', 'deadlines-kept']));
    expect(r.row.deadlines).toEqual(row!.deadlines);
    expect(r.row.status).toBe('registered');
  });

  it('same-visit referral: issued in person at once with the referral to print', async () => {
    const db = testDb();
    const [row] = await insertCases(db, [
      { channel: 'district', serviceId: 'employment-referral', intake: { subType: 'job-placement' } },
    ]);
    const r = await step(
      db,
      row!.id,
      { type: 'issue-same-visit', outcome: 'issued' },
      specialist(MONDAY_10AM + 10 * 60_000),
    );
    expect(r.row.status).toBe('issued-in-person');
    expect(r.documents).toEqual(['referral']);
    expect(r.row.state.milestones.deliveredAt).toBe(MONDAY_10AM + 10 * 60_000);
  });
});
