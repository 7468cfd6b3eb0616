/**
 * Which partner keys this office trusts. Plain immutable data (the renderer stores it in Dexie),
 * changed only through these functions so every rule lives here.
 *
 * Rotation vs revocation: a rotated (superseded) key still verifies files for a transit window
 * after the rotation became known here (files signed before it may be on a USB stick), then no
 * more: an old key kept or stolen must not sign forever. A revoked key is refused at once, for every
 * file whatever its createdAt, since whoever holds a compromised key can backdate a file (which is
 * also why the window counts from this office's clock, never from the file's createdAt).
 */
import { checkOfficeCard, type OfficeCard } from './office-card';

export type TrustStatus = 'active' | 'superseded' | 'revoked';

/** Days a superseded key still verifies after its rotation became known (docs/registry-format.md). */
export const DEFAULT_KEY_TRANSIT_DAYS = 30;
const DAY_MS = 86_400_000;

export interface TrustEntry {
  card: OfficeCard;
  status: TrustStatus;
  importedAt: string;
  /** When this office learnt the key was rotated out (entries from before it: see rotationKnownAt). */
  supersededAt?: string;
  revokedAt?: string;
}

/** A revocation can name a key whose card this office never saw; it is kept for when it does. */
export interface Revocation {
  keyId: string;
  officeCode: string;
  at: string;
}

export interface TrustStore {
  entries: readonly TrustEntry[];
  revocations: readonly Revocation[];
  /** The office's transit window for superseded keys, in days (DEFAULT_KEY_TRANSIT_DAYS if absent). */
  transitDays?: number;
}

export const emptyTrustStore: TrustStore = { entries: [], revocations: [] };

export type CardImportCode =
  | 'card-invalid'
  | 'card-key-id-mismatch'
  | 'card-signature-invalid'
  | 'card-revoked'
  | 'card-revokes-foreign-key'
  | 'card-desk-of-other-office';

export type CardImportResult =
  | { ok: true; store: TrustStore; card: OfficeCard; fingerprint: string; alreadyKnown: boolean }
  | { ok: false; code: CardImportCode };

function sameIdentity(a: OfficeCard, b: OfficeCard): boolean {
  return a.kind === b.kind && a.officeCode === b.officeCode && a.deskCode === b.deskCode;
}

/**
 * Imports a partner card, or at a main workstation one of its own desks' cards (registration).
 * Desk cards are accepted only with `ownOfficeCode` equal to the desk's office: nobody else has a
 * reason to trust a desk. The caller shows the fingerprint and imports only after people compared
 * it by phone.
 */
export async function importCard(
  store: TrustStore,
  input: unknown,
  now: Date,
  options: { ownOfficeCode?: string } = {},
): Promise<CardImportResult> {
  const checked = await checkOfficeCard(input);
  if (!checked.ok) return checked;
  const { card, fingerprint } = checked;
  if (card.kind === 'desk' && card.officeCode !== options.ownOfficeCode) {
    return { ok: false, code: 'card-desk-of-other-office' };
  }
  if (isRevoked(store, card.keyId, card.officeCode)) return { ok: false, code: 'card-revoked' };
  for (const keyId of card.revokes ?? []) {
    const target = store.entries.find((e) => e.card.keyId === keyId);
    if (target && !sameIdentity(target.card, card)) {
      return { ok: false, code: 'card-revokes-foreign-key' };
    }
  }
  const at = now.toISOString();
  const existing = store.entries.find((e) => e.card.keyId === card.keyId);
  if (existing) return { ok: true, store, card: existing.card, fingerprint, alreadyKnown: true };

  const revokes = new Set(card.revokes ?? []);
  const current = store.entries.filter((e) => e.status === 'active' && sameIdentity(e.card, card));
  // An older card imported late does not push a newer one aside.
  const isNewest = current.every((e) => e.card.createdAt <= card.createdAt);
  const entries: TrustEntry[] = store.entries.map((e) => {
    if (revokes.has(e.card.keyId) && e.status !== 'revoked')
      return { ...e, status: 'revoked', revokedAt: at };
    if (isNewest && e.status === 'active' && sameIdentity(e.card, card))
      return { ...e, status: 'superseded', supersededAt: at };
    return e;
  });
  entries.push(
    isNewest
      ? { card, status: 'active', importedAt: at }
      : { card, status: 'superseded', importedAt: at, supersededAt: at },
  );
  const revocations = [...store.revocations];
  for (const keyId of revokes) {
    if (!revocations.some((r) => r.keyId === keyId))
      revocations.push({ keyId, officeCode: card.officeCode, at });
  }
  return { ok: true, store: { ...store, entries, revocations }, card, fingerprint, alreadyKnown: false };
}

/** An administrator's explicit revocation (a stolen desk PC, a lost backup). */
export function revokeKey(store: TrustStore, keyId: string, now: Date): TrustStore {
  const entry = store.entries.find((e) => e.card.keyId === keyId);
  if (!entry) return store;
  const at = now.toISOString();
  const entries = store.entries.map((e) =>
    e.card.keyId === keyId && e.status !== 'revoked'
      ? { ...e, status: 'revoked' as const, revokedAt: at }
      : e,
  );
  const revocations = store.revocations.some((r) => r.keyId === keyId)
    ? store.revocations
    : [...store.revocations, { keyId, officeCode: entry.card.officeCode, at }];
  return { ...store, entries, revocations };
}

function isRevoked(store: TrustStore, keyId: string, officeCode: string): boolean {
  return (
    store.entries.some((e) => e.card.keyId === keyId && e.status === 'revoked') ||
    store.revocations.some((r) => r.keyId === keyId && r.officeCode === officeCode)
  );
}

/**
 * When this office learnt that `entry` was rotated out: its `supersededAt`, or for an entry stored
 * before that field existed, the import of the first newer card of the same office or desk.
 */
export function rotationKnownAt(store: TrustStore, entry: TrustEntry): string | undefined {
  if (entry.status !== 'superseded') return undefined;
  if (entry.supersededAt) return entry.supersededAt;
  const newer = store.entries
    .filter((e) => sameIdentity(e.card, entry.card) && e.card.createdAt > entry.card.createdAt)
    .map((e) => e.importedAt)
    .sort();
  const first = newer[0];
  return first !== undefined && first > entry.importedAt ? first : entry.importedAt;
}

export type SignerLookup =
  | { ok: true; entry: TrustEntry }
  | { ok: false; code: 'signer-unknown' | 'signer-mismatch' | 'signer-revoked' | 'signer-superseded' };

/**
 * Finds the key a file claims to be signed with and checks it belongs to the claimed sender. With
 * `now`, a superseded key outside the store's transit window is refused; without it, it is a
 * lookup only (never use it so to accept a file).
 */
export function resolveSigner(
  store: TrustStore,
  sender: { officeCode: string; deskCode?: string | undefined; keyId: string },
  now?: Date,
): SignerLookup {
  const entry = store.entries.find((e) => e.card.keyId === sender.keyId);
  if (!entry) {
    return isRevoked(store, sender.keyId, sender.officeCode)
      ? { ok: false, code: 'signer-revoked' }
      : { ok: false, code: 'signer-unknown' };
  }
  if (entry.card.officeCode !== sender.officeCode || entry.card.deskCode !== sender.deskCode) {
    return { ok: false, code: 'signer-mismatch' };
  }
  if (isRevoked(store, sender.keyId, entry.card.officeCode)) return { ok: false, code: 'signer-revoked' };
  const since = rotationKnownAt(store, entry);
  if (now && since !== undefined) {
    const days = store.transitDays ?? DEFAULT_KEY_TRANSIT_DAYS;
    if (now.getTime() > Date.parse(since) + days * DAY_MS) return { ok: false, code: 'signer-superseded' };
  }
  return { ok: true, entry };
}

/** The card to encrypt a new file for: the newest active card of that office. */
export function activeCardOf(store: TrustStore, officeCode: string): OfficeCard | undefined {
  return store.entries.find(
    (e) => e.status === 'active' && e.card.kind === 'office' && e.card.officeCode === officeCode,
  )?.card;
}
