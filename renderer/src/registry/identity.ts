/**
 * Office identity on a workstation (issue 5, item 1): this installation's key sets wrapped under the
 * administrator's passphrase (`officeKeys`), the partner cards it trusts (`trustedCards`,
 * `revocations`), rotation and revocation, and the unlocked keys of the session (memory only).
 *
 * Every crypto call (generate, wrap, unwrap, card checks) finishes before the one Dexie write
 * transaction that records its outcome (docs/architecture.md, traps).
 */
import {
  createOfficeCard,
  generateOfficeKeys,
  importCard,
  KeyRefusal,
  revokeKey,
  unwrapOfficeKeys,
  wrapOfficeKeys,
  type CardImportCode,
  type KeyRefusalCode,
  type OfficeCard,
  type TrustStore,
  type UnwrappedKeys,
} from '@shared/registry/identity';
import { officeByCode } from '@shared/directory/offices';
import type { AppDatabase } from '../db/database';
import { getSecurity } from '../db/settings';
import { storeRecoveryWrap } from '../db/atRest/session';
import type { OfficeConfig, OfficeKeyRow, TrustedCardRow } from '../db/types';

/** The installation's PBKDF2 iteration count (setup stores it; test builds lower it with ?pbkdf2=). */
export async function keyIterations(db: AppDatabase): Promise<number> {
  return (await getSecurity(db)).pbkdf2Iterations;
}

/** The trust store with this office's transit window for rotated-out keys (a security setting). */
export async function loadTrustStore(db: AppDatabase): Promise<TrustStore> {
  const [rows, revocations, security] = await Promise.all([
    db.trustedCards.toArray(),
    db.revocations.toArray(),
    getSecurity(db),
  ]);
  rows.sort((a, b) => a.seq - b.seq);
  return { entries: rows.map((r) => r.entry), revocations, transitDays: security.keyTransitDays };
}

/** Writes a trust store back (inside the caller's transaction: Dexie calls only). */
async function writeTrustStore(db: AppDatabase, store: TrustStore): Promise<void> {
  const existing = new Map((await db.trustedCards.toArray()).map((r) => [r.keyId, r.seq]));
  let next = Math.max(0, ...existing.values()) + 1;
  const rows: TrustedCardRow[] = store.entries.map((entry) => ({
    keyId: entry.card.keyId,
    officeCode: entry.card.officeCode,
    status: entry.status,
    entry,
    seq: existing.get(entry.card.keyId) ?? next++,
  }));
  await db.trustedCards.bulkPut(rows);
  await db.revocations.bulkPut([...store.revocations]);
}

export async function ownKeyRows(db: AppDatabase): Promise<OfficeKeyRow[]> {
  const rows = await db.officeKeys.toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

export async function activeKeyRow(db: AppDatabase): Promise<OfficeKeyRow | undefined> {
  return (await ownKeyRows(db)).find((r) => r.status === 'active');
}

export type IdentityResult =
  | { ok: true; row: OfficeKeyRow }
  | { ok: false; code: 'passphrase-too-short' | 'passphrase-mismatch' | 'no-office' | KeyRefusalCode };

export const MIN_PASSPHRASE = 8;

export interface CreateIdentityInput {
  office: OfficeConfig;
  passphrase: string;
  passphraseRepeat: string;
  userId: string;
  now: Date;
  /** Rotation: the new card names the active one as replaced, and revokes it when asked. */
  revokePrevious?: boolean;
  iterations?: number;
}

/**
 * Creates the office's key pairs (main workstation: signing + encryption; desk: signing only), or a
 * new set replacing the active one (rotation). The passphrase must open the current set first, so
 * one person cannot lock the others out by rotating under a passphrase nobody knows.
 */
export async function createOfficeIdentity(
  db: AppDatabase,
  input: CreateIdentityInput,
): Promise<IdentityResult> {
  if (input.passphrase.length < MIN_PASSPHRASE) return { ok: false, code: 'passphrase-too-short' };
  if (input.passphrase !== input.passphraseRepeat) return { ok: false, code: 'passphrase-mismatch' };
  const office = officeByCode(input.office.officeCode);
  if (!office) return { ok: false, code: 'no-office' };
  const previous = await activeKeyRow(db);
  if (previous) {
    try {
      await unwrapOfficeKeys(previous.wrapped, input.passphrase);
    } catch (error) {
      return { ok: false, code: error instanceof KeyRefusal ? error.code : 'wrapped-keys-invalid' };
    }
  }
  const iterations = input.iterations ?? (await keyIterations(db));
  const isDesk = input.office.workstation === 'desk';
  const keys = await generateOfficeKeys({ withEncryption: !isDesk });
  const card = await createOfficeCard(keys, {
    officeCode: input.office.officeCode,
    ...(isDesk ? { deskCode: input.office.deskCode } : {}),
    name: { ru: office.name.ru, kk: office.name.kk },
    now: input.now,
    ...(previous ? { replaces: previous.keyId } : {}),
    ...(previous && input.revokePrevious ? { revokes: [previous.keyId] } : {}),
  });
  const wrapped = await wrapOfficeKeys(keys, card, input.passphrase, { iterations });
  const row: OfficeKeyRow = {
    keyId: keys.keyId,
    wrapped,
    card,
    status: 'active',
    createdAt: input.now.getTime(),
    createdBy: input.userId,
  };
  await db.transaction('rw', db.officeKeys, db.audit, async () => {
    if (previous) {
      await db.officeKeys.update(previous.keyId, { status: input.revokePrevious ? 'revoked' : 'superseded' });
    }
    await db.officeKeys.add(row);
    await db.audit.add({
      at: row.createdAt,
      userId: input.userId,
      action: previous ? 'office-keys.rotated' : 'office-keys.created',
      details: {
        keyId: row.keyId,
        ...(previous ? { replaces: previous.keyId, revoked: Boolean(input.revokePrevious) } : {}),
      },
    });
  });
  forgetSessionKeys();
  // The office passphrase is the administrator's recovery passphrase: it also opens the data key.
  await storeRecoveryWrap(db, input.passphrase, row.createdAt);
  return { ok: true, row };
}

// ---- session keys: unwrapped once per session, kept in memory only ----

let sessionKeys: UnwrappedKeys[] = [];
/** Who unlocked them: another account signing in on the same window must unlock again. */
let sessionOwner: string | undefined;

const ownedBy = (owner: string | undefined) => owner === undefined || owner === sessionOwner;

export function sessionUnlocked(owner?: string): boolean {
  return sessionKeys.length > 0 && ownedBy(owner);
}

export function forgetSessionKeys(): void {
  sessionKeys = [];
  sessionOwner = undefined;
}

export type UnlockResult =
  { ok: true; keys: UnwrappedKeys[] } | { ok: false; code: KeyRefusalCode | 'no-keys' };

/** Opens every key set this workstation still holds (rotated ones decrypt files in transit). */
export async function unlockKeys(db: AppDatabase, passphrase: string, owner?: string): Promise<UnlockResult> {
  const rows = (await ownKeyRows(db)).filter((r) => r.status !== 'revoked');
  if (rows.length === 0) return { ok: false, code: 'no-keys' };
  const keys: UnwrappedKeys[] = [];
  for (const row of rows) {
    try {
      keys.push(await unwrapOfficeKeys(row.wrapped, passphrase));
    } catch (error) {
      // Older sets may have been wrapped under an earlier passphrase; the active one must open.
      if (row.status === 'active') {
        return { ok: false, code: error instanceof KeyRefusal ? error.code : 'wrapped-keys-invalid' };
      }
    }
  }
  sessionKeys = keys;
  sessionOwner = owner;
  return { ok: true, keys };
}

/** The unlocked keys, the active set first; empty until `unlockKeys`. */
export function sessionKeySets(owner?: string): readonly UnwrappedKeys[] {
  return ownedBy(owner) ? sessionKeys : [];
}

// ---- partner cards ----

export type CardPreview =
  | { ok: true; card: OfficeCard; fingerprint: string; alreadyKnown: boolean; store: TrustStore }
  | { ok: false; code: CardImportCode | 'own-card' };

/** Checks a card file against the trust store without writing: the screen shows the fingerprint. */
export async function previewCard(
  db: AppDatabase,
  input: unknown,
  office: OfficeConfig,
  now: Date,
): Promise<CardPreview> {
  const own = new Set((await db.officeKeys.toArray()).map((r) => r.keyId));
  const store = await loadTrustStore(db);
  const result = await importCard(store, input, now, { ownOfficeCode: office.officeCode });
  if (!result.ok) return result;
  if (own.has(result.card.keyId)) return { ok: false, code: 'own-card' };
  // A desk trusts only its own office's card; a main workstation trusts desk cards only of its office.
  return {
    ok: true,
    card: result.card,
    fingerprint: result.fingerprint,
    alreadyKnown: result.alreadyKnown,
    store: result.store,
  };
}

/** Records a previewed card (after people compared the fingerprint by phone). */
export async function trustCard(
  db: AppDatabase,
  preview: Extract<CardPreview, { ok: true }>,
  userId: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.trustedCards, db.revocations, db.audit, async () => {
    await writeTrustStore(db, preview.store);
    await db.audit.add({
      at: now.getTime(),
      userId,
      action: 'trust.card-imported',
      details: {
        keyId: preview.card.keyId,
        officeCode: preview.card.officeCode,
        ...(preview.card.deskCode !== undefined ? { deskCode: preview.card.deskCode } : {}),
        kind: preview.card.kind,
        alreadyKnown: preview.alreadyKnown,
      },
    });
  });
}

/** An administrator's explicit revocation of a partner's (or desk's) key. */
export async function revokeTrustedKey(
  db: AppDatabase,
  keyId: string,
  userId: string,
  now: Date,
): Promise<void> {
  const store = revokeKey(await loadTrustStore(db), keyId, now);
  await db.transaction('rw', db.trustedCards, db.revocations, db.audit, async () => {
    await writeTrustStore(db, store);
    await db.audit.add({ at: now.getTime(), userId, action: 'trust.key-revoked', details: { keyId } });
  });
}

/** Audit of an office card saved to a file (handed to a partner). */
export async function recordCardExported(
  db: AppDatabase,
  keyId: string,
  userId: string,
  now: number,
): Promise<void> {
  await db.audit.add({ at: now, userId, action: 'office-card.exported', details: { keyId } });
}
