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
  /** How this item is handed in, when it differs from the service's rule (e.g. the application). */
  submission?: SubmissionRule;
}

/**
 * How a document is handed in (the service's "originals" paragraph, digest 6.1 "Originals handling"):
 * - `original-kept`: the office keeps the original (the application form, a certificate issued for it);
 * - `copy-kept`: a copy is kept; the text asks for no original;
 * - `original-and-copy`: a copy is kept, the original is shown for checking and returned;
 * - `original-and-copy-or-notarised-copy`: as above, or a notarised copy alone (3.5 §13);
 * - `original-shown`: presented only, nothing kept (3.3 §12);
 * - `original-scanned`: the original is scanned, certified with EDS and returned (3.9 §11);
 * - `either`: the text is silent: an original or a copy.
 */
export const SUBMISSION_RULES = [
  'original-kept',
  'copy-kept',
  'original-and-copy',
  'original-and-copy-or-notarised-copy',
  'original-shown',
  'original-scanned',
  'either',
] as const;
export type SubmissionRule = (typeof SUBMISSION_RULES)[number];

export interface Ground {
  /** Number as in the text, or null for an unnumbered ground. */
  number: string | null;
  text: LocalText;
  source: Source;
  /** Termination grounds of housing assistance carry the month they take effect. */
  effectiveFrom?: LocalText;
  /** Absent: applies always. E.g. 3.3 §10 does not apply to two employment sub-types. */
  appliesWhen?: Condition;
  /**
   * The fact this ground is about, when the desk must record it to rule the ground out: where the
   * "not registered as unemployed" ground applies, the referral records the registration (3.3 §10).
   */
  checks?: 'unemployed-registration';
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
  /** The talon names the place where the result is received (3.1 §16.1; the others give only dates). */
  talonShowsResultPlace?: boolean;
  queue?: QueueLimits;
  steps: Step[];
}

export type RepresentationAuthority =
  | 'notarized-power-of-attorney'
  | 'power-of-attorney'
  | 'written-consent'
  | 'not-addressed'
  /** Only the applicant in person (3.5 §13: issued on a personal visit): no representative. */
  | 'in-person-only';

/** Bases on which a representative acts (kept with the case's intake). */
export const REPRESENTATIVE_BASES = [
  'notarized-power-of-attorney',
  'power-of-attorney',
  'written-consent',
  'legal-representative',
] as const;
export type RepresentativeBasis = (typeof REPRESENTATIVE_BASES)[number];

export interface Representation {
  authority: RepresentationAuthority;
  source: Source;
  /** The bases accepted; absent: derived from the authority (`acceptedBases` in rules.ts). */
  acceptedBases?: RepresentativeBasis[];
}

/** The application lists the family (housing, АСП, child benefits) and what it must contain. */
export interface FamilyRule {
  /** Relations at least one member must have (child benefit: a child, 3.9 §2). */
  mustInclude?: string[];
  source: Source;
}

/** The period an approved decision runs (housing: 12 months from the start month, 3.1 §12.1). */
export interface AssignmentRule {
  periodMonths: number;
  /** The period starts on the 1st of a month chosen by the cutoff day (docs/decisions.md). */
  startsByCutoffDay?: boolean;
  source: Source;
}

/** A certificate that another service's approved decision exists in a period (3.5 §7, §10). */
export interface CertificateRule {
  ofService: ServiceId;
  covers: 'quarter';
  /** Months an approved decision runs when none was entered with it. */
  assumedPeriodMonths: number;
  source: Source;
}

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
  representation: Representation;
  /** How the documents are handed in, unless an item says otherwise. */
  submission: { rule: SubmissionRule; source: Source };
  family?: FamilyRule;
  assignment?: AssignmentRule;
  certificate?: CertificateRule;
  /** The printed application with its tear-off slip (digest 4.1, 4.2); absent: a slip alone. */
  applicationForm?: 'wheelchair' | 'assistant';
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
