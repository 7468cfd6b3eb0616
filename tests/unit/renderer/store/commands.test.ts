import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { actionContext } from '@renderer/journal/actions';
import { bindAccountStore, bindStore, commands } from '@renderer/store';
import { SETUP, closeTestDbs, setUpOffice, testDb } from '../testDb';
import { MONDAY_10AM, insertCases } from '../journal/fixtures';

afterEach(closeTestDbs);

const inspector = { id: 'inspector-2', roles: ['center-inspector' as const] };
const LATER = MONDAY_10AM + 3_600_000;

describe('bindStore: the commands with the database bound', () => {
  it('binds every listed command', () => {
    const store = bindStore(testDb());
    expect(Object.keys(store).sort()).toEqual(Object.keys(commands).sort());
    for (const name of Object.keys(commands))
      expect(typeof store[name as keyof typeof store]).toBe('function');
  });

  it('writes to the database it was bound to, not another one', async () => {
    const db = testDb();
    const other = testDb();
    const [row] = await insertCases(db, [{}]);
    await insertCases(other, [{}]);
    const store = bindStore(db);

    const r = await store.withdrawCase(
      row!.id,
      'Заявитель передумал',
      actionContext(inspector, 'center', LATER),
    );

    expect(r.ok).toBe(true);
    expect((await db.cases.get(row!.id))?.status).toBe('withdrawn');
    expect((await other.cases.toArray()).map((c) => c.status)).toEqual(['accepted']);
    expect(await db.audit.where('caseId').equals(row!.id).count()).toBe(1);
  });

  it('reads through the same binding: office, security, one case, the journal, duplicates', async () => {
    const db = testDb();
    const store = bindStore(db);
    expect(await store.getOffice()).toBeUndefined();
    await setUpOffice(db);
    expect((await store.getOffice())?.officeCode).toBe('20');
    expect((await store.getSecurity()).maxFailedAttempts).toBeGreaterThan(0);

    const [row] = await insertCases(db, [{ surname: 'Сейткали' }]);
    expect((await store.getCase(row!.id))?.id).toBe(row!.id);
    expect(await store.getCase('000000000000000')).toBeUndefined();
    const page = await store.queryJournal({ search: 'Сейткали', today: '2026-03-02' });
    expect(page.rows.map((r) => r.id)).toEqual([row!.id]);
    expect(await store.findOpenDuplicates(row!.personKey, row!.serviceId)).toHaveLength(1);
  });

  it('saves the security settings through the store, audited, administrators only', async () => {
    const db = testDb();
    const adminId = await setUpOffice(db);
    const store = bindStore(db);
    const values = { maxFailedAttempts: 7, lockoutMinutes: 20, inactivityMinutes: 9, keyTransitDays: 5 };

    expect(await store.saveSecurity('nobody', values, 1)).toEqual({ ok: false, notAllowed: true });
    expect(await store.saveSecurity(adminId, values, 2)).toEqual({ ok: true });

    expect(await store.getSecurity()).toMatchObject(values);
    const changed = await db.audit.where('action').equals('settings.changed').toArray();
    expect(changed).toHaveLength(1);
  });
});

describe("bindAccountStore: the entry screens' commands", () => {
  it('sets the office up once and changes the own password, on the bound database', async () => {
    const db = testDb();
    const account = bindAccountStore(db);
    const done = await account.completeSetup(SETUP, 1_000);
    if (!done.ok) throw new Error(JSON.stringify(done.errors));
    expect((await db.settings.get('office'))?.value).toMatchObject({ officeCode: '20', deskCode: '00' });
    const again = { ...SETUP, admin: { ...SETUP.admin, login: 'other' } };
    expect(await account.completeSetup(again, 2_000)).toEqual({
      ok: false,
      errors: { form: 'errors.alreadySetUp' },
    });

    const changed = await account.changeOwnPassword(
      done.adminId,
      { current: SETUP.admin.password, password: 'new-pass-word', passwordRepeat: 'new-pass-word' },
      3_000,
    );
    expect(changed.ok).toBe(true);
  });
});
