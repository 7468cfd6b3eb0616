/**
 * The restore-epoch marker kept outside the database (shared/case-number/restore-epoch.ts): the highest
 * epoch this machine has moved a desk to. It survives the database being replaced by a restore, so
 * restoring the same older backup twice still moves on to a new epoch. In the browser it lives in
 * localStorage, in Electron in a file in the user-data folder (over `window.api`).
 */
export interface EpochMarker {
  /** The highest epoch recorded for this office and desk, or null. */
  read(officeCode: string, deskCode: string): Promise<number | null>;
  /** Records `epoch` unless a higher one is already recorded. */
  raise(officeCode: string, deskCode: string, epoch: number): Promise<void>;
}

const PREFIX = 'almaty-social-services.restoreEpoch.';

export function localStorageEpochMarker(storage: Storage): EpochMarker {
  const key = (o: string, d: string) => `${PREFIX}${o}-${d}`;
  const read = async (o: string, d: string) => {
    const raw = storage.getItem(key(o, d));
    const n = raw === null ? NaN : Number(raw);
    return Number.isInteger(n) && n >= 0 ? n : null;
  };
  return {
    read,
    async raise(o, d, epoch) {
      const current = await read(o, d);
      if (current === null || epoch > current) storage.setItem(key(o, d), String(epoch));
    },
  };
}

/** An in-memory marker for unit tests. */
export function memoryEpochMarker(): EpochMarker & { values: Map<string, number> } {
  const values = new Map<string, number>();
  return {
    values,
    read: async (o, d) => values.get(`${o}-${d}`) ?? null,
    async raise(o, d, epoch) {
      const k = `${o}-${d}`;
      if ((values.get(k) ?? -1) < epoch) values.set(k, epoch);
    },
  };
}

/** Several markers read as their highest value and raised together (localStorage and a file in Electron). */
export function combinedEpochMarker(...markers: EpochMarker[]): EpochMarker {
  return {
    async read(o, d) {
      let max: number | null = null;
      for (const m of markers) {
        const v = await m.read(o, d);
        if (v !== null && (max === null || v > max)) max = v;
      }
      return max;
    },
    async raise(o, d, epoch) {
      for (const m of markers) await m.raise(o, d, epoch);
    },
  };
}

/** The marker file in Electron's user-data folder (electron/backup/auto-backup.ts). */
export function electronEpochMarker(
  api: Required<Pick<import('@shared/ipc/contract').Api, 'backupEpochRead' | 'backupEpochRaise'>>,
): EpochMarker {
  return {
    read: (officeCode, deskCode) => api.backupEpochRead({ officeCode, deskCode }),
    raise: (officeCode, deskCode, epoch) => api.backupEpochRaise({ officeCode, deskCode, epoch }),
  };
}
