/**
 * User-facing messages for storage failures, shared by every screen that writes: a full disk
 * (QuotaExceededError), a database written by a newer release, storage that cannot open at all.
 * `storageErrorMessageKey(err)` gives an i18n key (namespace `backup`) or null when the error is not a
 * storage condition, so a screen shows `t(key)` and falls back to its own message otherwise.
 */

export type StorageErrorKey =
  'backup:storage.quota' | 'backup:storage.newerVersion' | 'backup:storage.unavailable';

/** The installed database was created by a newer release; opening it here could damage it. */
export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
  constructor(
    readonly installedVersion: number,
    readonly supportedVersion: number,
  ) {
    super(`The database has version ${installedVersion}; this release supports up to ${supportedVersion}`);
  }
}

/** Dexie wraps the browser's error (`inner`), bulk writes list theirs (`failures`); look through all. */
function* causes(err: unknown, depth = 0): Generator<unknown> {
  if (err === null || err === undefined || depth > 5) return;
  yield err;
  if (typeof err !== 'object') return;
  const e = err as { inner?: unknown; cause?: unknown; failures?: unknown; error?: unknown };
  yield* causes(e.inner, depth + 1);
  yield* causes(e.cause, depth + 1);
  yield* causes(e.error, depth + 1);
  const failures = e.failures;
  if (Array.isArray(failures)) for (const f of failures.slice(0, 3)) yield* causes(f, depth + 1);
  else if (failures && typeof failures === 'object')
    for (const f of Object.values(failures).slice(0, 3)) yield* causes(f, depth + 1);
}

function nameOf(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { name?: unknown }).name === 'string'
    ? (err as { name: string }).name
    : '';
}

function messageOf(err: unknown): string {
  if (typeof err === 'string') return err;
  return typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string'
    ? (err as { message: string }).message
    : '';
}

export function isQuotaExceeded(err: unknown): boolean {
  for (const e of causes(err)) {
    const name = nameOf(e);
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    if (/quota/i.test(messageOf(e))) return true;
  }
  return false;
}

export function isNewerDatabase(err: unknown): boolean {
  for (const e of causes(err)) {
    const name = nameOf(e);
    if (name === 'NewerDatabaseError' || name === 'VersionError') return true;
  }
  return false;
}

export function storageErrorMessageKey(err: unknown): StorageErrorKey | null {
  if (isQuotaExceeded(err)) return 'backup:storage.quota';
  if (isNewerDatabase(err)) return 'backup:storage.newerVersion';
  for (const e of causes(err)) {
    const name = nameOf(e);
    if (
      name === 'OpenFailedError' ||
      name === 'DatabaseClosedError' ||
      name === 'MissingAPIError' ||
      name === 'InvalidStateError' ||
      name === 'UnknownError'
    ) {
      return 'backup:storage.unavailable';
    }
  }
  return null;
}

/**
 * The installed IndexedDB version of `name`, or 0 when there is no such database. Does not create the
 * database and does not change it: an open without a version that would create it is aborted.
 */
export function installedDatabaseVersion(name: string, idb: IDBFactory = indexedDB): Promise<number> {
  return new Promise((resolve, reject) => {
    let created = false;
    const req = idb.open(name);
    req.onupgradeneeded = () => {
      // Only a missing database upgrades on an open without a version: abort, leave nothing behind.
      created = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const version = req.result.version;
      req.result.close();
      resolve(version);
    };
    req.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(0);
      } else reject(req.error ?? new Error('indexedDB.open failed'));
    };
    req.onblocked = () => undefined;
  });
}

/**
 * Refuses to go on when the installed database is newer than this release's schema
 * (`dexieVersion` as passed to Dexie's version(); IndexedDB holds 10·n). Call it before the app's
 * Dexie instance opens: Dexie 4 would otherwise open the newer database anyway and, where tables it
 * expects are missing, even extend its schema.
 */
export async function assertDatabaseNotNewer(
  name: string,
  dexieVersion: number,
  idb: IDBFactory = indexedDB,
): Promise<void> {
  const installed = await installedDatabaseVersion(name, idb);
  const supported = Math.round(dexieVersion * 10);
  if (installed > supported) throw new NewerDatabaseError(installed, supported);
}
