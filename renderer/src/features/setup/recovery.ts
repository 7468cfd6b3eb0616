/**
 * The recovery passphrase asked at setup where the automatic backup exists (Electron): it wraps the
 * private half of the office's backup key pair (docs/backup.md). Same minimum as backup passphrases,
 * and not the administrator's login password, whose hash sits in the profile.
 */
import { PASSPHRASE_MIN } from '../../backup/host';

export interface RecoveryDraft {
  passphrase: string;
  repeat: string;
}

export type RecoveryError =
  'errors.recoveryShort' | 'errors.recoveryMismatch' | 'errors.recoverySameAsPassword';

export function recoveryError(draft: RecoveryDraft, adminPassword: string): RecoveryError | null {
  if (draft.passphrase.length < PASSPHRASE_MIN) return 'errors.recoveryShort';
  if (draft.passphrase !== draft.repeat) return 'errors.recoveryMismatch';
  if (draft.passphrase.normalize('NFC') === adminPassword.normalize('NFC'))
    return 'errors.recoverySameAsPassword';
  return null;
}
