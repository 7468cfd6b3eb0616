/**
 * The data key's life (issue 13, docs/security.md "Personal data at rest"): made at setup, wrapped
 * per user under a key from that user's password and once under the recovery passphrase, unwrapped
 * into memory (db.atRest) at sign-in and unlock, dropped on sign-out and lock.
 *
 * Wrapping and unwrapping use WebCrypto (PBKDF2), so they run before the write transactions that
 * store their results (docs/architecture.md traps).
 */
import {
  AtRestRefusal,
  generateRawDataKey,
  unwrapRawDataKey,
  wrapRawDataKey,
  type WrappedDataKey,
} from '@shared/at-rest';
import { fromBase64, toBase64 } from '@shared/crypto/bytes';
import type { AppDatabase } from '../database';
import { getSecurity } from '../settings';
import type { KeyWrapRow } from '../types';

export const userWrapId = (userId: string) => `user:${userId}` as const;

async function iterations(db: AppDatabase): Promise<number> {
  return (await getSecurity(db)).pbkdf2Iterations;
}

export async function wrapForUser(
  db: AppDatabase,
  raw: Uint8Array,
  userId: string,
  password: string,
  now: number,
  rounds?: number,
): Promise<KeyWrapRow> {
  const wrapped = await wrapRawDataKey(
    raw,
    password,
    { kind: 'user', userId },
    {
      iterations: rounds ?? (await iterations(db)),
    },
  );
  return { id: userWrapId(userId), kind: 'user', userId, wrapped, createdAt: now };
}

export async function wrapForRecovery(
  raw: Uint8Array,
  passphrase: string,
  rounds: number,
  now: number,
): Promise<KeyWrapRow> {
  const wrapped = await wrapRawDataKey(raw, passphrase, { kind: 'recovery' }, { iterations: rounds });
  return { id: 'recovery', kind: 'recovery', wrapped, createdAt: now };
}

/**
 * The key this session holds, wrapped under `password` for `userId` (a new account, an
 * administrator's reset, a changed password); null when no key is in memory.
 */
export async function wrapSessionKey(
  db: AppDatabase,
  userId: string,
  password: string,
  now: number,
): Promise<KeyWrapRow | null> {
  if (!db.atRest.unlocked) return null;
  const raw = db.atRest.dataKey();
  try {
    return await wrapForUser(db, raw, userId, password, now);
  } finally {
    raw.fill(0);
  }
}

/** Also wraps the session's key under the recovery passphrase (office keys, backup key pair). */
export async function storeRecoveryWrap(db: AppDatabase, passphrase: string, now: number): Promise<boolean> {
  if (!db.atRest.unlocked) return false;
  const raw = db.atRest.dataKey();
  try {
    await db.keyWraps.put(await wrapForRecovery(raw, passphrase, await iterations(db), now));
    return true;
  } finally {
    raw.fill(0);
  }
}

/**
 * The upgrade's escrow row goes once every enabled user has a wrap of their own. Called inside a
 * transaction over users and keyWraps, or on its own.
 */
export async function settleEscrow(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.users, db.keyWraps, async () => {
    if (!(await db.keyWraps.get('escrow'))) return;
    const wrapped = new Set((await db.keyWraps.where('kind').equals('user').toArray()).map((w) => w.id));
    const missing = (await db.users.toArray()).filter((u) => !u.disabled && !wrapped.has(userWrapId(u.id)));
    if (missing.length === 0) await db.keyWraps.delete('escrow');
  });
}

export type OpenKeyResult = 'opened' | 'created' | 'from-escrow' | 'no-key';

/**
 * After a successful sign-in or unlock (the password was just verified): the user's wrap opens the
 * key. On an installation from before version 6 the first sign-in makes the key and, while other
 * enabled users have no wrap, keeps it in the escrow row; their first sign-in wraps it for them.
 * 'no-key': the account has no wrap and there is no escrow (an administrator's reset makes one).
 */
export async function openDataKey(
  db: AppDatabase,
  userId: string,
  password: string,
  now: number,
): Promise<OpenKeyResult> {
  db.atRest.clear();
  const own = await db.keyWraps.get(userWrapId(userId));
  if (own?.kind === 'user') {
    try {
      db.atRest.set(await unwrapRawDataKey(own.wrapped, password, { kind: 'user', userId }));
      await settleEscrow(db);
      return 'opened';
    } catch (error) {
      // A stale wrap (the password hash changed without one): the escrow, if any, still opens it.
      if (!(error instanceof AtRestRefusal)) throw error;
    }
  }
  const escrow = await db.keyWraps.get('escrow');
  if (escrow?.kind === 'escrow') {
    const raw = fromBase64(escrow.key);
    await db.keyWraps.put(await wrapForUser(db, raw, userId, password, now));
    db.atRest.set(raw);
    raw.fill(0);
    await settleEscrow(db);
    return 'from-escrow';
  }
  if ((await db.keyWraps.where('kind').anyOf('user', 'recovery').count()) > 0) {
    db.atRest.markNoKey();
    return 'no-key';
  }

  // No key yet: an installation upgraded from version 5.
  const raw = generateRawDataKey();
  const mine = await wrapForUser(db, raw, userId, password, now);
  const created = await db.transaction('rw', db.users, db.keyWraps, async () => {
    if ((await db.keyWraps.count()) > 0) return false; // another window made it meanwhile
    await db.keyWraps.put(mine);
    const others = (await db.users.toArray()).filter((u) => !u.disabled && u.id !== userId);
    if (others.length > 0)
      await db.keyWraps.put({ id: 'escrow', kind: 'escrow', key: toBase64(raw), createdAt: now });
    return true;
  });
  if (!created) {
    raw.fill(0);
    return openDataKey(db, userId, password, now);
  }
  db.atRest.set(raw);
  raw.fill(0);
  return 'created';
}

/** An administrator who forgot their password: the recovery passphrase opens the key. */
export async function openWithRecovery(db: AppDatabase, passphrase: string): Promise<boolean> {
  const row = await db.keyWraps.get('recovery');
  if (row?.kind !== 'recovery') return false;
  try {
    db.atRest.set(await unwrapRawDataKey(row.wrapped as WrappedDataKey, passphrase, { kind: 'recovery' }));
    return true;
  } catch (error) {
    if (error instanceof AtRestRefusal) return false;
    throw error;
  }
}

/** Sign-out, lock, a disabled account: nothing unwrapped stays in memory. */
export function dropDataKey(db: AppDatabase): void {
  db.atRest.clear();
}
