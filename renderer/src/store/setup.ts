/**
 * First-run setup in one transaction: office configuration, language, security settings, the first
 * administrator and the audit event, or nothing at all. Where the automatic backup exists, also the
 * office's backup key pair under the recovery passphrase (its own small database, written after).
 */
import type { AccountErrors } from '@shared/auth/accounts';
import { DEFAULT_SECURITY } from '@shared/auth/security';
import { createBackupKeyPair } from '@shared/backup';
import { officeByCode } from '@shared/directory/offices';
import type { Lang } from '@shared/i18n/lang';
import type { AppDatabase } from '../db/database';
import { auditLog } from '../db/audit';
import type { Workstation } from '../db/types';
import { prepareUser, type CreateOptions } from '../auth/users';
import type { AutoKeyStore } from '../backup/autoBackup';
import { normalizeDeskCode } from './workstation';
import { generateRawDataKey } from '@shared/at-rest';
import { wrapForRecovery, wrapForUser } from '../db/atRest/session';

export interface SetupInput {
  lang: Lang;
  officeCode: string;
  workstation: Workstation;
  deskCode: string;
  admin: { login: string; fullName: string; password: string; passwordRepeat: string };
  /** PBKDF2 iterations for this installation (tests lower it; see SetupWizard). */
  iterations?: number;
  /** Wraps the backup key pair's private half; with `options.backupKeys` only. */
  recoveryPassphrase?: string;
}

export type SetupError = 'errors.officeRequired' | 'errors.deskCode' | 'errors.alreadySetUp';
export type SetupResult =
  { ok: true; adminId: string } | { ok: false; errors: AccountErrors & { form?: SetupError } };

export async function completeSetup(
  db: AppDatabase,
  input: SetupInput,
  now: number,
  options: Omit<CreateOptions, 'iterations'> & { backupKeys?: AutoKeyStore } = {},
): Promise<SetupResult> {
  if (!officeByCode(input.officeCode)) return { ok: false, errors: { form: 'errors.officeRequired' } };
  const deskCode = normalizeDeskCode(input.workstation, input.deskCode);
  if (!deskCode) return { ok: false, errors: { form: 'errors.deskCode' } };
  const iterations = input.iterations ?? DEFAULT_SECURITY.pbkdf2Iterations;
  const prepared = await prepareUser(db, { ...input.admin, roles: ['admin'] }, now, {
    ...options,
    iterations,
  });
  if (!prepared.ok) return prepared;
  const admin = prepared.row;
  const { backupKeys } = options;
  const pair =
    backupKeys && input.recoveryPassphrase
      ? await createBackupKeyPair(input.recoveryPassphrase, { iterations })
      : null;
  // The installation's data key (issue 13): wrapped for the administrator and, where given, under the
  // recovery passphrase; it stays in memory only after sign-in.
  const dataKey = generateRawDataKey();
  const wraps = [await wrapForUser(db, dataKey, admin.id, input.admin.password, now, iterations)];
  if (input.recoveryPassphrase)
    wraps.push(await wrapForRecovery(dataKey, input.recoveryPassphrase, iterations, now));
  dataKey.fill(0);

  const result = await db.transaction(
    'rw',
    [db.settings, db.users, db.audit, db.keyWraps],
    async (): Promise<SetupResult> => {
      // A second window may have finished setup meanwhile; never configure an office twice.
      if (await db.settings.get('office')) return { ok: false, errors: { form: 'errors.alreadySetUp' } };
      await db.settings.bulkPut([
        {
          key: 'office',
          value: {
            officeCode: input.officeCode,
            workstation: input.workstation,
            deskCode,
            configuredAt: now,
          },
        },
        { key: 'language', value: input.lang },
        { key: 'security', value: { ...DEFAULT_SECURITY, pbkdf2Iterations: iterations } },
      ]);
      await db.users.add(admin);
      await db.keyWraps.bulkPut(wraps);
      await auditLog.append(
        db,
        {
          userId: admin.id,
          action: 'setup.completed',
          details: {
            officeCode: input.officeCode,
            workstation: input.workstation,
            deskCode,
            lang: input.lang,
          },
        },
        now,
      );
      return { ok: true, adminId: admin.id };
    },
  );
  if (result.ok && pair && backupKeys) await backupKeys.put(pair);
  return result;
}
