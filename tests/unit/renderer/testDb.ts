import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { AppDatabase } from '../../../renderer/src/db/database';
import { completeSetup, type SetupInput } from '../../../renderer/src/store/setup';

let n = 0;
const opened: AppDatabase[] = [];

/** A fresh database per test on fake-indexeddb. Call `closeTestDbs` in afterEach. */
export function testDb(): AppDatabase {
  const db = new AppDatabase(`unit-${process.pid}-${n++}`);
  opened.push(db);
  return db;
}

export async function closeTestDbs() {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}

export const SETUP: SetupInput = {
  lang: 'ru',
  officeCode: '20',
  workstation: 'main',
  deskCode: '',
  admin: {
    login: 'admin',
    fullName: 'Администратор Офиса',
    password: 'admin-pass',
    passwordRepeat: 'admin-pass',
  },
  iterations: 1000,
};

/** An office set up with an administrator; returns the admin's id. */
export async function setUpOffice(db: AppDatabase, input: Partial<SetupInput> = {}): Promise<string> {
  const result = await completeSetup(db, { ...SETUP, ...input }, 1_000_000);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.adminId;
}
