/**
 * The installation's data key while someone is signed in: in memory only, one ring per database
 * connection (so each unit test's database has its own). Sign-in puts it here (session.ts); sign-out,
 * the inactivity lock and a reload drop it. The store's middleware reads the working keys from here.
 */
import { deriveSyncKeys, type SyncAtRestKeys } from '@shared/at-rest';

/**
 * Personal data asked for while no data key is in memory (signed out, screen locked, or an account
 * without a wrapped key). `messageKey` is the user-facing text (common namespace).
 */
export class DataLockedError extends Error {
  override name = 'DataLockedError';
  readonly code = 'locked';
  readonly messageKey: 'common:errors.dataLocked' | 'common:errors.noDataKey';
  /** 'no-key': signed in, but the account has no wrapped key (an administrator's reset makes one). */
  constructor(readonly reason: 'signed-out' | 'no-key' = 'signed-out') {
    super(`locked: personal data needs a signed-in session (${reason})`);
    this.messageKey = reason === 'no-key' ? 'common:errors.noDataKey' : 'common:errors.dataLocked';
  }
}

export class AtRestKeyRing {
  #raw: Uint8Array | null = null;
  #keys: SyncAtRestKeys | null = null;
  #signedInWithoutKey = false;

  /** The signed-in account has no wrap: reads say so rather than "sign in". Cleared by set/clear. */
  markNoKey(): void {
    this.clear();
    this.#signedInWithoutKey = true;
  }

  set(raw: Uint8Array): void {
    this.clear();
    this.#raw = new Uint8Array(raw);
    this.#keys = deriveSyncKeys(this.#raw);
  }

  clear(): void {
    this.#raw?.fill(0);
    if (this.#keys) {
      this.#keys.field.fill(0);
      for (const k of Object.values(this.#keys.index)) k.fill(0);
    }
    this.#raw = null;
    this.#keys = null;
    this.#signedInWithoutKey = false;
  }

  get unlocked(): boolean {
    return this.#keys !== null;
  }

  /** The working keys, or DataLockedError. */
  keys(): SyncAtRestKeys {
    if (!this.#keys) throw new DataLockedError(this.#signedInWithoutKey ? 'no-key' : 'signed-out');
    return this.#keys;
  }

  /** A copy of the data key, only to wrap it for someone (session.ts), or DataLockedError. */
  dataKey(): Uint8Array {
    if (!this.#raw) throw new DataLockedError();
    return new Uint8Array(this.#raw);
  }
}
