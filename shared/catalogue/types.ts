/**
 * The nine services as data (docs/architecture.md, domain). Everything here is JSON-serialisable so an
 * administrator's overrides can be stored in the database and applied over these defaults.
 */
import type { Role } from '../auth/roles';
import type { Term, TermUnit } from '../calendar/types';
import type { LocalText } from '../i18n/lang';
import type { Channel, ServiceId } from './ids';
import type { Condition } from './condition';

export type { Term, TermUnit };

/** A pointer into the digest, e.g. '3.1 §17 item 6' (digest.md numbering). */
export type Source = string;

/** Applicant statuses named by the regulations (digest 3.x "Eligible"). */
export const APPLICANT_STATUSES = ['citizen', 'oralman', 'refugee', 'foreigner', 'stateless'] as const;
export type ApplicantStatus = (typeof APPLICANT_STATUSES)[number];

export interface SubType {
  id: string;
  name: LocalText;
  source: Source;
  /** A made-up entry shipped only to show the shape (maslikhat categories): replace it. */
  example?: boolean;
  /** E.g. employment referral: the "registered unemployed" requirement of 3.3 §10. */
  note?: LocalText;
}

export interface SituationValue {
  value: string;
  label: LocalText;
}

/** A question asked at intake whose answer changes the checklist. */
export interface SituationQuestion {
  key: string;
  label: LocalText;
  values: SituationValue[];
  default: string;
  source: Source;
}

/**
 * One document of the regulation's list. Required when `requiredWhen` holds; otherwise optional when
 * `optionalWhen` holds; otherwise not needed. Conditions may test the reserved key `subtype`.
 */
export interface DocumentItem {
  /** Stable id within the service, used for `received` sets and overrides. */
  id: string;
  /** The regulation's own item number ('1' … '9'), or null for an unnumbered paragraph. */
  number: string | null;
  name: LocalText;
  source: Source;
  requiredWhen: Condition;
  optionalWhen?: Condition;
  /** Shown to staff: why the item applies, or the product decision behind its condition. */
  note?: LocalText;
}

export interface Ground {
  /** Number as in the text, or null for an unnumbered ground. */
  number: string | null;
  text: LocalText;
  source: Source;
  /** Termination grounds of housing assistance carry the month they take effect. */
  effectiveFrom?: LocalText;
  /** Absent: applies always. E.g. 3.3 §10 does not apply to two employment sub-types. */
  appliesWhen?: Condition;
}

export interface Grounds {
  refusal: Ground[];
  suspension: Ground[];
  termination: Ground[];
}

export interface ResultDocument {
  id: string;
  name: LocalText;
  source: Source;
}

/**
 * Where a step limit is counted from. `registration` is the district office's registration of the
 * package (for the district channel usually the acceptance itself); `afterStep` is the end of
 * another step (its recorded date, or its planned due date while it is open).
 */
export type StepAnchor =
  { from: 'acceptance' } | { from: 'registration' } | { from: 'afterStep'; step: string };

export interface StepLimit {
  term: Term;
  anchor: StepAnchor;
  source: Source;
}

export interface Step {
  id: string;
  role: Role;
  action: LocalText;
  source: Source;
  /** Absent: bounded only by the channel's overall term. */
  limit?: StepLimit;
  /** Only taken in some cases (e.g. returning an incomplete package); text says when. */
  onlyWhen?: LocalText;
}

/** Queue and service-time limits of a visit (digest section 2): warnings at the desk. */
export interface QueueLimits {
  /** Longest wait in the queue, in minutes. */
  maxWaitMinutes: number;
  /** The wait limit is per applicant ahead in the queue (services 4-9: "15 min × people ahead"). */
  perApplicantAhead?: boolean;
  /** Longest service time at the desk, in minutes. */
  serviceMinutes: number;
  /** Longest wait when collecting the result (housing assistance only). */
  pickupWaitMinutes?: number;
  source: Source;
}

export type Acknowledgement = 'talon' | 'tear-off-slip' | 'receipt' | 'none';

export interface ChannelRules {
  enabled: boolean;
  /** The overall processing term on this channel. */
  term: Term;
  /** Where the term starts: the applicant-facing clock of this channel. */
  termStart: 'acceptance' | 'registration';
  termSource: Source;
  /**
   * ЦОН channel only: the district office's own decision clock, counted from its registration of
   * the package (docs/decisions.md, terms: both clocks are shown).
   */
  districtTerm?: { term: Term; source: Source };
  acknowledgement: Acknowledgement[];
  queue?: QueueLimits;
  steps: Step[];
}

export type RepresentationAuthority =
  'notarized-power-of-attorney' | 'power-of-attorney' | 'written-consent' | 'not-addressed';

export interface ServiceDef {
  id: ServiceId;
  /** 1…9 as in the digest. */
  number: number;
  name: LocalText;
  source: Source;
  legalBasis: { text: LocalText; source: Source }[];
  subTypes: SubType[];
  /** Sub-types may be edited by the administrator (maslikhat categories). */
  subTypesEditable?: boolean;
  eligibleStatuses: ApplicantStatus[];
  eligibilityNote?: LocalText;
  /** A person without an IIN may apply, identified by the identity document (docs/decisions.md). */
  allowsApplicantWithoutIin: boolean;
  representation: { authority: RepresentationAuthority; source: Source };
  channels: Partial<Record<Channel, ChannelRules>>;
  situations: SituationQuestion[];
  documents: DocumentItem[];
  grounds: Grounds;
  results: ResultDocument[];
}

export interface Catalogue {
  /** Identifies the rules a case was accepted under: defaults + the overrides applied. */
  rulesVersion: string;
  services: Record<ServiceId, ServiceDef>;
}
