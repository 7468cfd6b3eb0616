/** Row types of the local database. Dates are epoch milliseconds (instants), never local strings. */
import type { Lang } from '../../../shared/i18n/lang';
import type { Role } from '../../../shared/auth/roles';
import type { PasswordHash } from '../../../shared/auth/password';
import type { SecuritySettings } from '../../../shared/auth/security';

export type Workstation = 'main' | 'desk';

/** Which office this installation belongs to and which PC of it this is (decisions.md). */
export interface OfficeConfig {
  officeCode: string;
  workstation: Workstation;
  /** "00" on the main workstation, "01"-"99" on an intake desk; part of every case number. */
  deskCode: string;
  configuredAt: number;
}

/** One row per setting; the key decides the value's type. */
export interface SettingValues {
  office: OfficeConfig;
  language: Lang;
  security: SecuritySettings;
}
export type SettingKey = keyof SettingValues;
export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: SettingValues[K];
}

export interface UserRow {
  id: string;
  /** Normalized (lower case); unique. */
  login: string;
  fullName: string;
  roles: Role[];
  disabled: boolean;
  passwordHash: PasswordHash;
  failedAttempts: number;
  lockedUntil: number | null;
  createdAt: number;
}

export type AuditAction =
  | 'setup.completed'
  | 'auth.signed-in'
  | 'auth.sign-in-failed'
  | 'auth.locked-out'
  | 'auth.signed-out'
  | 'auth.session-locked'
  | 'auth.session-unlocked'
  | 'user.created'
  | 'user.disabled'
  | 'user.enabled'
  | 'user.roles-changed'
  | 'settings.changed';

export interface AuditEvent {
  /** Auto-incremented; also the order of events when the clock jumped. */
  id?: number;
  at: number;
  /** The signed-in user; null for a failed sign-in with an unknown login or before setup. */
  userId: string | null;
  action: AuditAction;
  caseId?: string;
  details?: Record<string, unknown>;
}
