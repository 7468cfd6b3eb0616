/** Row types of the local database. Dates are epoch milliseconds (instants), never local strings. */
import type { Lang } from '@shared/i18n/lang';
import type { Role } from '@shared/auth/roles';
import type { PasswordHash } from '@shared/auth/password';
import type { SecuritySettings } from '@shared/auth/security';
import type { Intake } from '@shared/case/intake';
import type { CaseState } from '@shared/lifecycle/case-state';
import type { CaseStatus } from '@shared/lifecycle/statuses';
import type { CaseDeadlines } from '@shared/deadlines';
import type { Channel, ServiceId } from '@shared/catalogue/ids';

export type Workstation = 'main' | 'desk';

/** Which office this installation belongs to and which PC of it this is (docs/decisions.md). */
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
  /** Restore epoch of case numbers (shared/case-number); 0 until the first restore from a backup. */
  caseNumberEpoch: number;
  /** Working days added to the due date on a ЦОН receipt for the trip back (docs/decisions.md; default 0). */
  transitAllowanceWorkingDays: number;
  /** Administrator overrides over the shipped catalogue (renderer/src/rules; validated on read too). */
  catalogueOverrides: import('@shared/catalogue').CatalogueOverrides;
  /** Administrator corrections of the working calendar (renderer/src/rules). */
  calendarCorrections: import('@shared/calendar').CalendarCorrection[];
  /** Every overrides JSON saved, by its rules version, so a case's rules can be rebuilt. */
  rulesHistory: Record<string, import('@shared/catalogue').CatalogueOverrides>;
  /** Complaints (issue 15): every term-of-review rule saved, each with the instant it took effect. */
  complaintTermHistory: import('@shared/complaints/term').ComplaintTermRule[];
  /** Complaints: a ЦОН inspector may register complaints on management's behalf. */
  complaintsInspectorMayRegister: boolean;
  /** Sealing of rows stored before version 6 (issue 13): per table, the last id done, or true. */
  atRestMigration: Record<string, string | number | true>;
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
  /** Set by an administrator's password reset or on request; cleared when the user picks a new one. */
  mustChangePassword?: boolean;
  /** When the password was last set (epoch ms); absent on rows made before this field existed. */
  passwordChangedAt?: number;
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
  | 'user.password-reset'
  | 'user.unlocked'
  | 'user.must-change-password'
  | 'auth.password-changed'
  | 'auth.password-change-failed'
  | 'auth.password-rehashed'
  | 'settings.changed'
  // intake (issue 4)
  | 'case.registered'
  | 'case.duplicate-accepted'
  | 'intake.counter-refusal'
  | 'intake.counter-refusal-reprinted'
  // registry exchange (issue 5)
  | 'office-keys.created'
  | 'office-keys.rotated'
  | 'office-card.exported'
  | 'trust.card-imported'
  | 'trust.key-revoked'
  | 'registry.exported'
  | 'registry.imported'
  | 'registry.custody-scan'
  // lifecycle steps are recorded as `case.<event>` (withdraw, correct, assign …)
  | `case.${string}`
  // complaints (issue 15): complaint.registered, complaint.assign, complaint.printed …
  | `complaint.${string}`
  | 'audit.exported'
  | 'backup.restored';

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

/**
 * A case (version 2). The intake part is owned by the accepting office, the processing part
 * (`state`) by the district office; each keeps its own revision in `state.revisions` for registry
 * merges. The flat fields beside them exist for indexes only and are derived on every write.
 */
export interface CaseRow {
  /** The case number, digits only; stable for life. */
  id: string;
  intake: Intake;
  state: CaseState;
  deadlines: CaseDeadlines;
  // index fields
  serviceId: ServiceId;
  channel: Channel;
  status: CaseStatus;
  /** `iin:<12 digits>` or `doc:<type>:<number>` (shared/iin personKey). */
  personKey: string;
  /** The IIN, '' when the applicant has none. */
  iin: string;
  /** Folded surname (shared/case/search foldSurname) for prefix search. */
  surnameFold: string;
  acceptedAt: number;
  acceptingOfficeCode: string;
  districtOfficeCode: string;
  /** The governing due date (ISO), '' for same-visit services. */
  dueDate: string;
  updatedAt: number;
  /** Sortable keys (shared/case/sortKeys, version 4), set by the cases middleware on every write. */
  order?: string;
  surnameKeys?: string[];
}

/** An interrupted application, saved as it is typed so nothing is lost on a crash. */
export interface DraftRow {
  id: string;
  userId: string;
  /** The form's state as the intake screen keeps it; validated only on registration. */
  form: unknown;
  serviceId: ServiceId | null;
  /** A short label for the "continue where you left" list (applicant surname, service). */
  label: string;
  createdAt: number;
  updatedAt: number;
}

/** A package refused at the counter as incomplete (issue 4: for the statistics). Not a case. */
export interface CounterRefusalRow {
  id?: number;
  at: number;
  serviceId: ServiceId;
  channel: Channel;
  officeCode: string;
  userId: string;
  missingItemIds: string[];
}

/** Last used case-number sequence per office, desk, restore epoch and year. */
export interface SequenceRow {
  /** `<office>-<desk>-<epoch>-<yy>` */
  key: string;
  last: number;
}

// ---- Registry exchange (issue 5) ----

/** One of this installation's own key sets, private keys wrapped under the passphrase. */
export interface OfficeKeyRow {
  keyId: string;
  /** WrappedKeys JSON (shared/crypto key-wrap): self-contained, goes into backups as is. */
  wrapped: import('@shared/crypto/key-wrap').WrappedKeys;
  card: import('@shared/crypto/office-card').OfficeCard;
  /** 'active' signs and receives; 'superseded' still decrypts files in transit; 'revoked' neither signs nor is offered. */
  status: 'active' | 'superseded' | 'revoked';
  createdAt: number;
  createdBy: string;
}

/** A trust-store entry (shared/crypto trust-store TrustEntry) keyed by its card's key id. */
export interface TrustedCardRow {
  keyId: string;
  officeCode: string;
  status: import('@shared/crypto/trust-store').TrustStatus;
  entry: import('@shared/crypto/trust-store').TrustEntry;
  /** Order of import, so the store is rebuilt in the order it grew. */
  seq: number;
}

export type RevocationRow = import('@shared/crypto/trust-store').Revocation;

export type RegistryDirection = 'out' | 'in';

/** A registry file sent or received, kept with its bytes and (for imports) the report. */
export interface RegistryRow {
  /** `out-<fileId>` / `in-<fileId>` */
  id: string;
  direction: RegistryDirection;
  kind: import('@shared/registry/manifest').RegistryKind;
  registryNumber: string;
  sequence: number;
  /** sequencePairKey: `22>12`, `22.01>22` */
  pairKey: string;
  fileId: string;
  contentHash: string;
  fileName: string;
  caseIds: string[];
  senderOfficeCode: string;
  recipientOfficeCode: string;
  createdAt: number;
  createdBy: string;
  /** out: 'sent' until answered; in: 'imported'. */
  status: 'sent' | 'answered' | 'imported';
  bytes: Uint8Array;
  /** Import report (checks, warnings, plan counts, conflicts) for direction 'in'. */
  report?: Record<string, unknown>;
}

/** A snapshot of a case part owned by another office, as last imported: what the merge compares. */
export interface CasePartRow {
  caseId: string;
  part: string;
  owner: string;
  revision: number;
  hash: string;
  importedAt: number;
  registryId: string;
}

/** A package barcode scanned against a registry (dispatch at the ЦОН, receipt at the district). */
export interface CustodyScanRow {
  id?: number;
  registryId: string;
  caseId: string;
  at: number;
  userId: string;
  /** The scanned number is in the registry's case list. */
  listed: boolean;
}

// ---- Personal data at rest (issue 13), version 6 ----

/**
 * A wrapped copy of the installation's data key: `user:<id>` under that user's password, `recovery`
 * under the administrator's recovery passphrase. `escrow` holds the key unwrapped during an upgrade
 * only, until every enabled user has a wrap (renderer/src/db/atRest/session.ts, docs/security.md).
 */
export type KeyWrapRow =
  | {
      id: `user:${string}`;
      kind: 'user';
      userId: string;
      wrapped: import('@shared/at-rest').WrappedDataKey;
      createdAt: number;
    }
  | { id: 'recovery'; kind: 'recovery'; wrapped: import('@shared/at-rest').WrappedDataKey; createdAt: number }
  | { id: 'escrow'; kind: 'escrow'; key: string; createdAt: number };
