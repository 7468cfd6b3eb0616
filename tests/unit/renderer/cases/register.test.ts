import { afterEach, describe, expect, it } from 'vitest';
import { closeTestDbs, testDb } from '../testDb';
import {
  formatIncomingNumber,
  registerCase,
  targetDistrictOffice,
  type IntakeData,
  type RegisterInput,
} from '@renderer/cases/register';
import { findOpenDuplicates } from '@renderer/cases/duplicates';
import { saveDraft } from '@renderer/cases/drafts';
import { recordCounterRefusal } from '@renderer/cases/counterRefusal';
import { makeCaseNumber, parseCaseNumber } from '@shared/case-number';
import { putSetting } from '@renderer/db/settings';
import { APPLICANT, MONDAY_10AM } from './fixtures';

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

function data(overrides: Partial<IntakeData> = {}): IntakeData {
  return {
    serviceId: 'housing-assistance',
    subType: null,
    applicant: APPLICANT,
    representative: null,
    family: [],
    answers: { dwelling: 'individual-house' },
    documents: HOUSE_DOCS.map((itemId) => ({ itemId, originalShown: true, copyReceived: true })),
    ...overrides,
  };
}

const INSPECTOR = { id: 'u-insp', fullName: 'Иванова Анна', roles: ['center-inspector' as const] };
const SPECIALIST = { id: 'u-spec', fullName: 'Петров Пётр', roles: ['district-specialist' as const] };

function input(overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    data: data(),
    user: INSPECTOR,
    office: { officeCode: '22', deskCode: '01' },
    now: MONDAY_10AM,
    ...overrides,
  };
}

describe('registerCase', () => {
  it('registers a ЦОН case: number, row, deadlines, audit, draft removed — in one go', async () => {
    const db = testDb();
    await saveDraft(db, { id: 'd1', userId: INSPECTOR.id, form: {}, serviceId: null, label: 'x' }, 1);
    const r = await registerCase(db, input({ draftId: 'd1' }));
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const parsed = parseCaseNumber(r.row.id);
    expect(parsed.ok && parsed.value).toMatchObject({
      officeCode: '22',
      deskCode: '01',
      epoch: 0,
      year: 2026,
      sequence: 1,
    });
    expect(r.row.status).toBe('accepted');
    expect(r.row.channel).toBe('center');
    // Almaly → district office of Almaly
    expect(r.row.districtOfficeCode).toBe(targetDistrictOffice('22', 'almaly'));
    expect(r.row.intake.incomingNumber).toBe('');
    expect(r.row.deadlines.issueDate).toMatch(/^2026-/);
    expect(await db.cases.count()).toBe(1);
    expect(await db.drafts.count()).toBe(0);
    const audit = await db.audit.where('action').equals('case.registered').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: INSPECTOR.id, caseId: r.row.id, at: MONDAY_10AM });
    const r2 = await registerCase(
      db,
      input({ data: data({ applicant: { ...APPLICANT, iin: '800505400128' } }) }),
    );
    expect(r2.ok && parseCaseNumber(r2.row.id).ok && r2.row.id.slice(7, 13)).toBe('000002');
  });

  it('uses the restore epoch from the settings', async () => {
    const db = testDb();
    await putSetting(db, 'caseNumberEpoch', 3);
    const r = await registerCase(db, input());
    expect(r.ok && r.row.id.slice(4, 5)).toBe('3');
  });

  it('gives a district walk-in an incoming-correspondence number per office and year', async () => {
    const db = testDb();
    const r = await registerCase(
      db,
      input({ user: SPECIALIST, office: { officeCode: '12', deskCode: '00' } }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.row.intake.incomingNumber).toBe('12-2026/000001');
    expect(r.row.districtOfficeCode).toBe('12');
    expect(r.row.channel).toBe('district');
    expect(formatIncomingNumber('12', '03', 2026, 45)).toBe('12.03-2026/000045');
  });

  it('numbers incoming correspondence in the restore epoch’s own band', async () => {
    const db = testDb();
    const office = { officeCode: '12', deskCode: '00' };
    const first = await registerCase(db, input({ user: SPECIALIST, office }));
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    // An older backup restored: the epoch rises; numbers given before the restore are never reissued.
    await putSetting(db, 'caseNumberEpoch', 1);
    await db.sequences.clear();
    const again = await registerCase(
      db,
      input({ user: SPECIALIST, office, data: data({ applicant: { ...APPLICANT, iin: '800505400128' } }) }),
    );
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.row.intake.incomingNumber).toBe('12-2026/1000001');
    expect(again.row.intake.incomingNumber).not.toBe(first.row.intake.incomingNumber);
  });

  it('refuses an incomplete package and writes nothing', async () => {
    const db = testDb();
    const r = await registerCase(db, input({ data: data({ answers: { dwelling: 'condominium' } }) }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('incomplete');
    expect(r.error.code === 'incomplete' && r.error.missing.map((m) => m.item.id)).toEqual([
      'maintenance-bills',
    ]);
    expect(await db.cases.count()).toBe(0);
    expect(await db.sequences.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a wrong role, a service closed to the channel, and an office that accepts nothing', async () => {
    const db = testDb();
    const wrongRole = await registerCase(db, input({ user: SPECIALIST }));
    expect(!wrongRole.ok && wrongRole.error.code === 'lifecycle' && wrongRole.error.error.code).toBe(
      'forbidden-role',
    );
    const closed = await registerCase(db, input({ data: data({ serviceId: 'disability-wheelchair' }) }));
    expect(!closed.ok && closed.error.code).toBe('channel-closed');
    const dept = await registerCase(db, input({ office: { officeCode: '00', deskCode: '00' } }));
    expect(!dept.ok && dept.error.code).toBe('office-accepts-nothing');
    expect(await db.cases.count()).toBe(0);
    expect(await db.sequences.count()).toBe(0);
  });

  it('refuses invalid intake data', async () => {
    const db = testDb();
    const r = await registerCase(db, input({ data: data({ applicant: { ...APPLICANT, surname: '' } }) }));
    expect(!r.ok && r.error.code === 'invalid-intake' && r.error.paths).toContain('applicant.surname');
  });

  it('guards duplicates: needs a reason, records it in the intake and the audit', async () => {
    const db = testDb();
    const first = await registerCase(db, input());
    if (!first.ok) throw new Error('first');
    expect(await findOpenDuplicates(db, 'iin:950615300000', 'housing-assistance')).toHaveLength(1);
    expect(await findOpenDuplicates(db, 'iin:950615300000', 'child-benefit-under-18')).toHaveLength(0);
    const refused = await registerCase(db, input({ now: MONDAY_10AM + 60_000 }));
    expect(
      !refused.ok && refused.error.code === 'duplicate' && refused.error.duplicates.map((d) => d.id),
    ).toEqual([first.row.id]);
    expect(await db.cases.count()).toBe(1);
    const second = await registerCase(
      db,
      input({ now: MONDAY_10AM + 60_000, duplicateReason: '  новый период  ' }),
    );
    if (!second.ok) throw new Error('second');
    expect(second.row.intake.duplicateReason).toBe('новый период');
    const dup = await db.audit.where('action').equals('case.duplicate-accepted').toArray();
    expect(dup[0]).toMatchObject({
      caseId: second.row.id,
      details: { reason: 'новый период', openCases: [first.row.id] },
    });
  });

  it('does not count a closed case as a duplicate', async () => {
    const db = testDb();
    const first = await registerCase(db, input());
    if (!first.ok) throw new Error('first');
    await db.cases.update(first.row.id, { status: 'withdrawn' });
    expect(await findOpenDuplicates(db, 'iin:950615300000', 'housing-assistance')).toHaveLength(0);
  });
});

describe('counter refusal', () => {
  it('records the refusal with an audit entry and drops the draft', async () => {
    const db = testDb();
    await saveDraft(db, { id: 'd2', userId: 'u', form: {}, serviceId: null, label: '' }, 1);
    const row = await recordCounterRefusal(
      db,
      {
        serviceId: 'housing-assistance',
        channel: 'center',
        officeCode: '22',
        userId: 'u',
        missingItemIds: ['title-copy'],
        draftId: 'd2',
      },
      MONDAY_10AM,
    );
    expect(row.id).toBeGreaterThan(0);
    expect(await db.counterRefusals.toArray()).toEqual([{ ...row }]);
    const audit = await db.audit.toArray();
    expect(audit).toMatchObject([
      { action: 'intake.counter-refusal', userId: 'u', details: { missing: ['title-copy'] } },
    ]);
    expect(await db.drafts.count()).toBe(0);
    await expect(
      recordCounterRefusal(
        db,
        {
          serviceId: 'housing-assistance',
          channel: 'center',
          officeCode: '22',
          userId: 'u',
          missingItemIds: [],
        },
        1,
      ),
    ).rejects.toThrow(RangeError);
  });
});

describe('registerCase: all or nothing', () => {
  it('a failure inside the transaction leaves the sequence, the audit and the draft untouched', async () => {
    const db = testDb();
    const first = await registerCase(db, input());
    if (!first.ok) throw new Error('first');
    await saveDraft(db, { id: 'd3', userId: INSPECTOR.id, form: {}, serviceId: null, label: '' }, 1);
    // Another row already holds the number the next registration would take (e.g. a faulty import).
    const taken = makeCaseNumber({ officeCode: '22', deskCode: '01', year: 2026, sequence: 2 });
    await db.cases.add({ ...first.row, id: taken, personKey: 'iin:000000000000' });
    const auditBefore = await db.audit.count();
    const other = data({ applicant: { ...APPLICANT, iin: '800505400128' } });
    await expect(registerCase(db, input({ data: other, draftId: 'd3' }))).rejects.toThrow();
    expect((await db.sequences.get('22-01-0-26'))?.last).toBe(1);
    expect(await db.audit.count()).toBe(auditBefore);
    expect(await db.drafts.get('d3')).toBeDefined();
  });
});

describe('registerCase: identity', () => {
  it('refuses an IIN with a wrong check digit before writing', async () => {
    const db = testDb();
    const r = await registerCase(
      db,
      input({ data: data({ applicant: { ...APPLICANT, iin: '800505400123' } }) }),
    );
    expect(!r.ok && r.error.code === 'invalid-intake' && r.error.paths).toEqual(['applicant.iin']);
    expect(await db.sequences.count()).toBe(0);
  });
});
