import type { Channel, ServiceId } from '../catalogue/ids';
import type { Role } from '../auth/roles';

/** Documents the machine asks a later layer to produce (digest 6.2, "Result"). */
export type DocumentKind =
  | 'notification-of-assignment'
  | 'notification-of-document-processing'
  | 'motivated-refusal'
  | 'referral'
  | 'certificate'
  | 'missing-documents-notice'
  | 'refusal-to-accept-notice'
  | 'survey-refusal-protocol'
  | 'payment-request';

/**
 * The shape of a service's process, read from its steps in digest section 3. The lifecycle keeps
 * this small profile instead of importing the catalogue so it works before the catalogue is done;
 * a later layer may check the two agree.
 */
export interface ServiceFlow {
  /** Channels open by default (digest 2; docs/decisions.md "Channels"). */
  channels: readonly Channel[];
  /** The result is given in the same visit (minutes term): accepted goes straight to issued. */
  sameVisit: boolean;
  /** Who records the same-visit result (service 3 §11 step 3; service 5 §11 step 4). */
  sameVisitRole?: Role;
  /** Which commission, if any, the steps pass the case to. */
  commission: 'housing' | 'local' | null;
  /**
   * Where the case is when it goes to the commission: straight after registration (АСП §13 step 1,
   * the district specialist) or from the responsible specialist (housing §14 A3, child benefit B8).
   */
  commissionFrom?: 'registered' | 'with-specialist';
  /** After the local commission's conclusion: to the head (АСП §13 3a) or the specialist (child A8). */
  afterConclusion?: 'head-review' | 'with-specialist';
  /** Who decides: the housing commission (§14 A4) or the head (every other deferred service). */
  decidedBy: 'commission' | 'head' | null;
  /** Child benefits: state-system data mismatch → originals within 3 WD or refusal to accept (§11 A3). */
  originalsCheck: boolean;
  /** Maslikhat aid: a payment request to the Управление, then the Treasury (§13 steps 5-6). */
  payment: boolean;
  /** Notification issued on approval. */
  approvedDocument: DocumentKind;
  /** Sub-types whose only result is an oral consultation (service 3, career guidance). */
  consultationSubTypes?: readonly string[];
}

const deferredByHead = {
  channels: ['district'],
  sameVisit: false,
  commission: null,
  decidedBy: 'head',
  originalsCheck: false,
  payment: false,
} as const;

export const SERVICE_FLOWS: Readonly<Record<ServiceId, ServiceFlow>> = {
  // digest 3.1 §14 A1-A7, B1-B9
  'housing-assistance': {
    channels: ['district', 'center'],
    sameVisit: false,
    commission: 'housing',
    commissionFrom: 'with-specialist',
    decidedBy: 'commission',
    originalsCheck: false,
    payment: false,
    approvedDocument: 'notification-of-assignment',
  },
  // digest 3.2 §13 steps 1-6
  'maslikhat-social-aid': {
    ...deferredByHead,
    payment: true,
    approvedDocument: 'notification-of-assignment',
  },
  // digest 3.3 §11: one visit, ≤ 30 min
  'employment-referral': {
    channels: ['district'],
    sameVisit: true,
    sameVisitRole: 'district-specialist',
    commission: null,
    decidedBy: null,
    originalsCheck: false,
    payment: false,
    approvedDocument: 'referral',
    consultationSubTypes: ['career-guidance'],
  },
  // digest 3.4 §13 steps 1-4
  'targeted-social-assistance': {
    channels: ['district'],
    sameVisit: false,
    commission: 'local',
    commissionFrom: 'registered',
    afterConclusion: 'head-review',
    decidedBy: 'head',
    originalsCheck: false,
    payment: false,
    approvedDocument: 'notification-of-assignment',
  },
  // digest 3.5 §11 and digest 2 (≤ 15 min): issued in the same visit
  'asp-recipient-certificate': {
    channels: ['district'],
    sameVisit: true,
    sameVisitRole: 'responsible-specialist',
    commission: null,
    decidedBy: null,
    originalsCheck: false,
    payment: false,
    approvedDocument: 'certificate',
  },
  // digest 3.6 §11, 3.7 §12, 3.8 §11: the head checks and signs
  'disability-sanatorium': { ...deferredByHead, approvedDocument: 'notification-of-document-processing' },
  'disability-wheelchair': { ...deferredByHead, approvedDocument: 'notification-of-document-processing' },
  'disability-assistant-sign-language': {
    ...deferredByHead,
    approvedDocument: 'notification-of-document-processing',
  },
  // digest 3.9 §11 A1-A11, B1-B13
  'child-benefit-under-18': {
    channels: ['district', 'center'],
    sameVisit: false,
    commission: 'local',
    commissionFrom: 'with-specialist',
    afterConclusion: 'with-specialist',
    decidedBy: 'head',
    originalsCheck: true,
    payment: false,
    approvedDocument: 'notification-of-assignment',
  },
};
