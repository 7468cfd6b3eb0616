import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { AppDatabase } from '@renderer/db/database';
import { completeSetup, type SetupInput } from '@renderer/store/setup';
import { generateRawDataKey } from '@shared/at-rest';
import { openDataKey } from '@renderer/db/atRest/session';

let n = 0;
const opened: AppDatabase[] = [];

/**
 * A fresh database per test on fake-indexeddb. Call `closeTestDbs` in afterEach. It holds a random
 * data key in memory, as a signed-in session does (personal data is sealed at rest, issue 13);
 * `{ locked: true }` starts without one. `setUpOffice` replaces it with the office's own key.
 */
export function testDb(options: { locked?: boolean } = {}): AppDatabase {
  const db = new AppDatabase(`unit-${process.pid}-${n++}`);
  if (!options.locked) db.atRest.set(generateRawDataKey());
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

/**
 * An office set up with an administrator, whose data key is then in memory as after sign-in (cases
 * are sealed at rest: writing them needs it); returns the admin's id.
 */
export async function setUpOffice(db: AppDatabase, input: Partial<SetupInput> = {}): Promise<string> {
  const setup = { ...SETUP, ...input };
  const result = await completeSetup(db, setup, 1_000_000);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await openDataKey(db, result.adminId, setup.admin.password, 1_000_000);
  return result.adminId;
}
