import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseComplaintNumber, type ComplaintData } from '@shared/complaints';
import { almatyInstant } from '@shared/time/almaty';
import { applyComplaintAction } from '@renderer/complaints/actions';
import { listComplaintDrafts, saveComplaintDraft } from '@renderer/complaints/drafts';
import { registerComplaint } from '@renderer/complaints/register';
import { saveComplaintTerm, saveInspectorMayRegister } from '@renderer/complaints/settings';
import { EMPTY_COMPLAINT_FORM } from '@shared/complaints';
import { Dexie } from 'dexie';
import { AppDatabase, SCHEMA_VERSION } from '@renderer/db/database';
import { closeTestDbs, testDb } from './testDb';

afterEach(closeTestDbs);

const data: ComplaintData = {
  channel: 'hand',
  kind: 'service',
  complainant: {
    iin: '950615300000',
    noIin: false,
    surname: 'Қасымов',
    name: 'Әли',
    patronymic: '',
    address: '',
    phone: '',
  },
  caseId: '',
  employee: '',
  summary: 'Грубость',
  attachmentSheets: 0,
};
const head = { id: 'h1', fullName: 'Жұмабаева Сәуле', roles: ['center-head' as const] };
const inspector = { id: 'i1', fullName: 'Өмірбекова Гүлнар', roles: ['center-inspector' as const] };
const office = { officeCode: '22', deskCode: '00', officeType: 'center' as const };
const monday = almatyInstant('2026-03-02', 10);

async function withAdmin() {
  const db = testDb();
  await db.users.put({
    id: 'a1',
    login: 'admin',
    fullName: 'Админ',
    roles: ['admin'],
    disabled: false,
    passwordHash: { algorithm: 'PBKDF2-SHA256', iterations: 1000, salt: '', hash: '' } as never,
    failedAttempts: 0,
    lockedUntil: null,
    createdAt: 0,
  });
  return db;
}

describe('complaint storage (Dexie version 5)', () => {
  it('numbers complaints one after another, each with its audit entry, and removes the draft', async () => {
    const db = testDb();
    await saveComplaintDraft(db, { id: 'd1', userId: head.id, form: EMPTY_COMPLAINT_FORM }, monday);
    const a = await registerComplaint(db, { data, user: head, office, now: monday, draftId: 'd1' });
    const b = await registerComplaint(db, { data, user: head, office, now: monday + 1000 });
    if (!a.ok || !b.ok) throw new Error('not registered');
    expect(parseComplaintNumber(a.row.id)).toMatchObject({
      ok: true,
      value: { officeCode: '22', year: 2026, sequence: 1 },
    });
    expect(parseComplaintNumber(b.row.id)).toMatchObject({ ok: true, value: { sequence: 2 } });
    expect(a.row).toMatchObject({ status: 'registered', dueDate: '2026-03-27', surnameFold: 'касымов' });
    expect(await listComplaintDrafts(db, head.id)).toEqual([]);
    const audit = await db.audit.where('action').equals('complaint.registered').toArray();
    expect(audit.map((e) => e.details?.complaintId)).toEqual([a.row.id, b.row.id]);
  });

  it('lets an inspector register only where the administrator allows it, and never review', async () => {
    const db = await withAdmin();
    expect(await registerComplaint(db, { data, user: inspector, office, now: monday })).toEqual({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(await db.complaints.count()).toBe(0);
    expect(await saveInspectorMayRegister(db, true, 'a1', monday)).toEqual({ ok: true });
    const r = await registerComplaint(db, { data, user: inspector, office, now: monday });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const review = await applyComplaintAction(
      db,
      r.row.id,
      { type: 'assign', responsible: 'X' },
      { user: inspector, officeType: 'center' },
      monday,
    );
    expect(review).toEqual({ ok: false, error: { code: 'not-allowed' } });
  });

  it('keeps the due date of complaints registered before a rule change', async () => {
    const db = await withAdmin();
    const before = await registerComplaint(db, { data, user: head, office, now: monday });
    expect(
      await saveComplaintTerm(
        db,
        { value: 10, unit: 'calendar-days', basis: { ru: 'Закон', kk: 'Заң' }, confirmed: true },
        'a1',
        monday + 60_000,
      ),
    ).toEqual({ ok: true });
    const after = await registerComplaint(db, { data, user: head, office, now: monday + 120_000 });
    if (!before.ok || !after.ok) throw new Error('not registered');
    expect((await db.complaints.get(before.row.id))?.dueDate).toBe('2026-03-27');
    expect(after.row.dueDate).toBe('2026-03-12');
    expect(after.row.term).toMatchObject({ value: 10, unit: 'calendar-days', confirmed: true });
    // Only an administrator changes the rule.
    expect(
      await saveComplaintTerm(
        db,
        { value: 5, unit: 'working-days', basis: { ru: 'x', kk: 'y' }, confirmed: true },
        'h1',
        monday,
      ),
    ).toEqual({ ok: false, code: 'not-allowed' });
  });

  it('records each review step with an audit entry and refuses an answer dated before registration', async () => {
    const db = testDb();
    const r = await registerComplaint(db, { data, user: head, office, now: monday });
    if (!r.ok) throw new Error('not registered');
    const actor = { user: head, officeType: 'center' as const };
    const later = almatyInstant('2026-03-10', 10);
    expect(
      (await applyComplaintAction(db, r.row.id, { type: 'assign', responsible: 'Иванов' }, actor, later)).ok,
    ).toBe(true);
    expect(
      (
        await applyComplaintAction(
          db,
          r.row.id,
          { type: 'review', findings: 'f', outcome: 'satisfied', reasons: '' },
          actor,
          later,
        )
      ).ok,
    ).toBe(true);
    const early = await applyComplaintAction(
      db,
      r.row.id,
      { type: 'answer', outgoingNumber: '1', postedOn: '2026-03-01' },
      actor,
      later,
    );
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error).toMatchObject({ code: 'answer-before-registration' });
    expect((await db.complaints.get(r.row.id))?.status).toBe('reviewed');
    expect(
      (
        await applyComplaintAction(
          db,
          r.row.id,
          { type: 'answer', outgoingNumber: '1', postedOn: '2026-03-10' },
          actor,
          later,
        )
      ).ok,
    ).toBe(true);
    const actions = (await db.audit.toArray()).map((e) => e.action);
    expect(actions).toEqual([
      'complaint.registered',
      'complaint.assign',
      'complaint.review',
      'complaint.answer',
    ]);
  });
});

describe('database version 5 (complaints)', () => {
  it('upgrades a version 3 database keeping its rows, with the complaints tables empty', async () => {
    const name = `v3-to-v5-${process.pid}`;
    const old = new Dexie(name);
    old
      .version(1)
      .stores({ settings: 'key', users: 'id, &login', audit: '++id, at, userId, action, caseId' });
    old.version(3).stores({ sequences: 'key' });
    await old.table('sequences').put({ key: '22-00-0-26', last: 7 });
    old.close();
    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.sequences.get('22-00-0-26')).toEqual({ key: '22-00-0-26', last: 7 });
    expect(await db.complaints.count()).toBe(0);
    expect(await db.complaintDrafts.count()).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});
