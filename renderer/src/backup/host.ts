/** What the backup screens need from the host, chosen once: the epoch marker and messages for errors. */
import type { TFunction } from 'i18next';
import { BackupRefusal } from '@shared/backup';
import {
  combinedEpochMarker,
  electronEpochMarker,
  localStorageEpochMarker,
  type EpochMarker,
} from './epochMarker';
import { storageErrorMessageKey } from './storageErrors';
import { getPlatform } from '../platform';

export const PASSPHRASE_MIN = 8;
export const BACKUP_EXTENSION = '.assbak';

/** The marker outside the database: localStorage, and in Electron also a file in the user-data folder. */
export function defaultEpochMarker(): EpochMarker {
  const local = localStorageEpochMarker(window.localStorage);
  const host = getPlatform().backup;
  return host ? combinedEpochMarker(local, electronEpochMarker(host)) : local;
}

/** A translated message for any failure of a backup or restore. */
export function backupErrorMessage(err: unknown, t: TFunction, fallbackKey: string): string {
  if (err instanceof BackupRefusal) return t(`backup:refusal.${err.code}`);
  const key = storageErrorMessageKey(err);
  return t(key ?? fallbackKey);
}
