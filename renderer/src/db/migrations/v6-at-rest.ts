/**
 * Version 6 (issue 13): the wrapped data keys and the cases' blind IIN index. The other case indexes
 * keep their names and hold blind tags from now on (atRest/sealedStore.ts); `*iinKeys` is new: one
 * entry per IIN prefix (1–11 digits) and the whole IIN, each followed by the order key, so an IIN
 * search walks newest first like the surname search. Rows already stored stay as they are here; they
 * are sealed after sign-in (atRest/migrate.ts), because the upgrade runs before anyone has a key.
 */
import type { Dexie } from 'dexie';
import { CASES_V4 } from './v4-search-keys';

export const CASES_V6 = CASES_V4 + ', *iinKeys';

export function atRestV6(db: Dexie) {
  db.version(6).stores({ cases: CASES_V6, keyWraps: 'id, kind' });
}
