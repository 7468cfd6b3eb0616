import type { Role } from '../auth/roles';
import { SERVICE_IDS, type Channel, type ServiceId } from '../catalogue/ids';
import type { RevisionPart } from './case-state';
import type { DeliveryMethod, EventType } from './events';
import { SERVICE_FLOWS, type ServiceFlow } from './service-flows';
import type { CaseStatus, OfficeType } from './statuses';

/**
 * One allowed step: from these statuses, this event by one of these roles, working at this office
 * type, on a case of these channels and services, leads to one of `to`. The table is the whole truth:
 * `transition` accepts nothing it does not list, and docs/lifecycle.md is written from it.
 */
export interface TransitionRule {
  event: EventType;
  from: readonly CaseStatus[];
  to: readonly CaseStatus[];
  roles: readonly Role[];
  office: OfficeType;
  channels: readonly Channel[];
  services: readonly ServiceId[];
  /** Whose revision the step bumps (the owner of the data it changes). */
  part: RevisionPart;
  /** Delivery methods this row accepts (issue only). */
  deliveries?: readonly DeliveryMethod[];
  /** Digest paragraph or product decision the row comes from. */
  cite: string;
}

const where = (pred: (f: ServiceFlow) => boolean): ServiceId[] =>
  SERVICE_IDS.filter((id) => pred(SERVICE_FLOWS[id]));

const ALL = SERVICE_IDS;
const DEFERRED = where((f) => !f.sameVisit);
/**
 * The ЦОН route is open to every deferred service, not only the two the regulations name: the
 * channel is configuration (docs/decisions.md "Channels") and openCase enforces it at acceptance.
 */
const CENTER_SERVICES = DEFERRED;
const ORIGINALS = where((f) => f.originalsCheck);
const HOUSING_COMMISSION = where((f) => f.commission === 'housing');
const LOCAL_COMMISSION = where((f) => f.commission === 'local');
const HEAD_DECIDES = where((f) => f.decidedBy === 'head');
const BOTH: readonly Channel[] = ['district', 'center'];
const CENTER: readonly Channel[] = ['center'];
const DISTRICT: readonly Channel[] = ['district'];

/** Held by the ЦОН before dispatch: the accepting office still has the paper. */
const CENTER_PRE_DISPATCH: CaseStatus[] = [
  'accepted',
  'awaiting-originals',
  'in-registry',
  'center-correcting',
];
const DISTRICT_INTAKE: CaseStatus[] = ['accepted', 'awaiting-originals'];
/** At the district office before a decision exists. */
const DISTRICT_PRE_DECISION: CaseStatus[] = [
  'received-by-district',
  'registered',
  'head-review',
  'with-specialist',
  'at-housing-commission',
  'at-local-commission',
  'survey-refused',
  'draft-decision',
];
const DISTRICT_PRE_DELIVERY: CaseStatus[] = [
  ...DISTRICT_PRE_DECISION,
  'decided-approved',
  'decided-refused',
  'result-signed',
];
const DECIDED: CaseStatus[] = ['decided-approved', 'decided-refused'];

export const TRANSITION_RULES: readonly TransitionRule[] = [
  // Child benefit, state-system data mismatch: the accepting office asks for originals (3.9 A3b-A3d).
  // At a ЦОН the check against the state systems is made at the counter (3.9 B1), so there too.
  ...(['center', 'district'] as const).flatMap((office): TransitionRule[] => {
    const base = {
      office,
      roles: [office === 'center' ? 'center-inspector' : 'district-specialist'] as Role[],
      channels: [office],
      services: ORIGINALS,
      part: 'intake' as const,
    };
    return [
      {
        ...base,
        event: 'request-originals',
        from: ['accepted'],
        to: ['awaiting-originals'],
        cite: '3.9 §11 A3b',
      },
      {
        ...base,
        event: 'originals-received',
        from: ['awaiting-originals'],
        to: ['accepted'],
        cite: '3.9 §11 A3c',
      },
      {
        ...base,
        event: 'refuse-acceptance',
        from: ['awaiting-originals'],
        to: ['acceptance-refused'],
        cite: '3.9 §11 A3d',
      },
    ];
  }),

  // ЦОН → district office (3.1 B2-B3a, 3.9 B3-B5; docs/decisions.md "Registry exchange").
  ...[
    {
      event: 'add-to-registry',
      from: ['accepted', 'center-correcting'],
      to: ['in-registry'],
      cite: '3.1 B2; 3.9 B3, B5',
    },
    {
      event: 'remove-from-registry',
      from: ['in-registry'],
      to: ['accepted'],
      cite: 'docs/decisions.md: a registry closes on export',
    },
    {
      event: 'dispatch',
      from: ['in-registry'],
      to: ['in-transit'],
      cite: '3.1 B2 (barcode scan on dispatch)',
    },
  ].map((r): TransitionRule => ({
    ...(r as Pick<TransitionRule, 'event' | 'from' | 'to' | 'cite'>),
    roles: ['accumulation-inspector'],
    office: 'center',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'intake',
  })),
  {
    event: 'receive-at-district',
    from: ['in-transit'],
    to: ['received-by-district'],
    roles: ['district-specialist'],
    office: 'district',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'processing',
    cite: '3.1 B3; 3.9 B4',
  },
  {
    event: 'return-incomplete',
    from: ['received-by-district'],
    to: ['returned-incomplete'],
    roles: ['district-specialist'],
    office: 'district',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'processing',
    cite: '3.1 B3a (3 WD); 3.9 B4 (2 WD)',
  },
  {
    event: 'receive-returned',
    from: ['returned-incomplete'],
    to: ['center-correcting'],
    roles: ['accumulation-inspector'],
    office: 'center',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'intake',
    cite: '3.9 B5; docs/decisions.md: a returned package may be corrected and sent again',
  },

  // Registration in the incoming-correspondence journal (3.1 A1/B3, 3.2 step 1, 3.4 step 1,
  // 3.6-3.8 step 1, 3.9 A5/B6). Same-visit services are never registered for processing.
  {
    event: 'register',
    from: ['accepted'],
    to: ['registered'],
    roles: ['district-specialist'],
    office: 'district',
    channels: DISTRICT,
    services: DEFERRED,
    part: 'processing',
    cite: '3.1 A1; 3.2 §13.1; 3.4 §13.1; 3.6 §11.1; 3.9 A5',
  },
  {
    event: 'register',
    from: ['received-by-district'],
    to: ['registered'],
    roles: ['district-specialist'],
    office: 'district',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'processing',
    cite: '3.1 B3; 3.9 B6',
  },
  {
    event: 'pass-to-head',
    from: ['registered'],
    to: ['head-review'],
    roles: ['district-specialist'],
    office: 'district',
    channels: BOTH,
    services: where((f) => !f.sameVisit && f.commissionFrom !== 'registered'),
    part: 'processing',
    cite: '3.1 A1/B3; 3.2 §13.1; 3.6 §11.1; 3.9 B6',
  },
  {
    event: 'assign',
    from: ['head-review'],
    to: ['with-specialist'],
    roles: ['district-head'],
    office: 'district',
    channels: BOTH,
    services: DEFERRED,
    part: 'processing',
    cite: '3.1 A2/B4; 3.2 §13.2; 3.4 §13.3a; 3.6 §11.2; 3.9 B7',
  },

  // Commissions.
  {
    event: 'send-to-commission',
    from: ['registered'],
    to: ['at-local-commission'],
    roles: ['district-specialist'],
    office: 'district',
    channels: BOTH,
    services: where((f) => f.commissionFrom === 'registered'),
    part: 'processing',
    cite: '3.4 §13 step 1 (≤ 3 WD)',
  },
  {
    event: 'send-to-commission',
    from: ['with-specialist'],
    to: ['at-housing-commission'],
    roles: ['responsible-specialist'],
    office: 'district',
    channels: BOTH,
    services: HOUSING_COMMISSION,
    part: 'processing',
    cite: '3.1 A3/B5',
  },
  {
    event: 'send-to-commission',
    from: ['with-specialist'],
    to: ['at-local-commission'],
    roles: ['responsible-specialist'],
    office: 'district',
    channels: BOTH,
    services: where((f) => f.commission === 'local' && f.commissionFrom === 'with-specialist'),
    part: 'processing',
    cite: '3.9 A6/B8 (≤ 2 WD)',
  },
  {
    event: 'record-survey-refusal',
    from: ['at-local-commission'],
    to: ['survey-refused'],
    roles: ['commission-member'],
    office: 'district',
    channels: BOTH,
    services: LOCAL_COMMISSION,
    part: 'processing',
    cite: '3.4 §13.2a (protocol); extended to 3.9, which is silent',
  },
  {
    event: 'submit-conclusion',
    from: ['at-local-commission'],
    to: ['head-review'],
    roles: ['commission-member'],
    office: 'district',
    channels: BOTH,
    services: where((f) => f.afterConclusion === 'head-review'),
    part: 'processing',
    cite: '3.4 §13.2d-2e, 3a',
  },
  {
    event: 'submit-conclusion',
    from: ['at-local-commission'],
    to: ['with-specialist'],
    roles: ['commission-member'],
    office: 'district',
    channels: BOTH,
    services: where((f) => f.afterConclusion === 'with-specialist'),
    part: 'processing',
    cite: '3.9 A7-A8/B9-B10',
  },

  // Decision.
  {
    event: 'submit-draft',
    from: ['with-specialist'],
    to: ['draft-decision'],
    roles: ['responsible-specialist'],
    office: 'district',
    channels: BOTH,
    services: HEAD_DECIDES,
    part: 'processing',
    cite: '3.2 §13.3; 3.4 §13.3b, 3d; 3.6 §11.3; 3.9 A8',
  },
  {
    event: 'submit-draft',
    from: ['with-specialist'],
    to: ['draft-decision'],
    roles: ['district-specialist'],
    office: 'district',
    channels: CENTER,
    services: ['child-benefit-under-18'],
    part: 'processing',
    cite: '3.9 B10 (the district specialist forms the case file and the draft; 6.5 item 43)',
  },
  {
    event: 'return-draft',
    from: ['draft-decision'],
    to: ['with-specialist'],
    roles: ['district-head'],
    office: 'district',
    channels: BOTH,
    services: HEAD_DECIDES,
    part: 'processing',
    cite: '3.6 §11.4 (the head checks that the decision is correct)',
  },
  {
    event: 'decide',
    from: ['at-housing-commission'],
    to: DECIDED,
    roles: ['commission-member'],
    office: 'district',
    channels: BOTH,
    services: HOUSING_COMMISSION,
    part: 'processing',
    cite: '3.1 A4/B5',
  },
  {
    event: 'decide',
    from: ['draft-decision'],
    to: DECIDED,
    roles: ['district-head'],
    office: 'district',
    channels: BOTH,
    services: HEAD_DECIDES,
    part: 'processing',
    cite: '3.4 §13.3c; 3.9 A9/B11; 3.2 §13.3; 3.6 §11.4',
  },
  {
    event: 'decide',
    from: ['survey-refused'],
    to: ['decided-refused'],
    roles: ['district-head'],
    office: 'district',
    channels: BOTH,
    services: LOCAL_COMMISSION,
    part: 'processing',
    cite: '3.4 §13.2a: no survey, no conclusion on need; product decision: refusal only',
  },
  {
    event: 'sign-result',
    from: DECIDED,
    to: ['result-signed'],
    roles: ['district-head'],
    office: 'district',
    channels: BOTH,
    services: DEFERRED,
    part: 'processing',
    cite: '3.1 A6/B6; 3.2 §13.3; 3.4 §13.3e; 3.6 §11.4; 3.9 A11',
  },

  // Delivery.
  {
    event: 'issue',
    from: ['result-signed'],
    to: ['issued-in-person', 'sent-by-post'],
    roles: ['responsible-specialist'],
    office: 'district',
    channels: DISTRICT,
    services: DEFERRED,
    part: 'processing',
    deliveries: ['in-person', 'post'],
    cite: '3.1 A7; 3.2 §13.4; 3.4 §13.4; 3.6 §11.5-6; 3.9 A11',
  },
  {
    event: 'send-result-to-center',
    from: ['result-signed'],
    to: ['result-sent-to-center'],
    roles: ['responsible-specialist'],
    office: 'district',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'processing',
    cite: '3.1 B7; 3.9 B12',
  },
  {
    event: 'import-result',
    from: ['result-sent-to-center'],
    to: ['result-at-center'],
    roles: ['accumulation-inspector'],
    office: 'center',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'intake',
    cite: '3.1 B8 (results registry imported)',
  },
  {
    event: 'scan-result-paper',
    from: ['result-at-center'],
    to: ['ready-for-pickup'],
    roles: ['accumulation-inspector'],
    office: 'center',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'intake',
    cite: '3.1 B8 (barcode scan of the returning paper)',
  },
  {
    event: 'issue',
    from: ['ready-for-pickup'],
    to: ['issued-by-center'],
    roles: ['center-inspector'],
    office: 'center',
    channels: CENTER,
    services: CENTER_SERVICES,
    part: 'intake',
    deliveries: ['center'],
    cite: '3.1 B9; 3.9 B13 (on presentation of the receipt)',
  },
  ...SERVICE_IDS.filter((id) => SERVICE_FLOWS[id].sameVisit).map((id): TransitionRule => ({
    event: 'issue-same-visit',
    from: ['accepted'],
    to: SERVICE_FLOWS[id].consultationSubTypes
      ? ['issued-in-person', 'consultation-given']
      : ['issued-in-person'],
    roles: [SERVICE_FLOWS[id].sameVisitRole ?? 'district-specialist'],
    office: 'district',
    channels: DISTRICT,
    services: [id],
    part: 'processing',
    cite: id === 'employment-referral' ? '3.3 §11 steps 1-3' : '3.5 §11 steps 1-4',
  })),

  // Maslikhat aid payment (3.2 §13 steps 5-6).
  {
    event: 'request-payment',
    from: ['issued-in-person', 'sent-by-post'],
    to: ['payment-requested'],
    roles: ['responsible-specialist'],
    office: 'district',
    channels: BOTH,
    services: where((f) => f.payment),
    part: 'processing',
    cite: '3.2 §13.5',
  },
  {
    event: 'send-to-treasury',
    from: ['payment-requested'],
    to: ['sent-to-treasury'],
    roles: ['department-specialist'],
    office: 'department',
    channels: BOTH,
    services: where((f) => f.payment),
    part: 'payment',
    cite: '3.2 §13.6',
  },

  // Correction of intake data: only the accepting office, only while it holds the case, never after
  // a decision (the decision was taken on the data as it was). Keeps the status.
  {
    event: 'correct',
    from: CENTER_PRE_DISPATCH,
    to: CENTER_PRE_DISPATCH,
    roles: ['center-inspector'],
    office: 'center',
    channels: CENTER,
    services: ALL,
    part: 'intake',
    cite: 'issue 4 item 7; docs/decisions.md: the accepting office owns intake data',
  },
  {
    event: 'correct',
    from: [...DISTRICT_INTAKE, ...DISTRICT_PRE_DECISION.filter((s) => s !== 'received-by-district')],
    to: [...DISTRICT_INTAKE, ...DISTRICT_PRE_DECISION.filter((s) => s !== 'received-by-district')],
    roles: ['district-specialist'],
    office: 'district',
    channels: DISTRICT,
    services: ALL,
    part: 'intake',
    cite: 'issue 4 item 7; docs/decisions.md: the accepting office owns intake data',
  },

  // Withdrawal by the applicant: recorded by the office holding the case, before a decision.
  {
    event: 'withdraw',
    from: CENTER_PRE_DISPATCH,
    to: ['withdrawn'],
    roles: ['center-inspector'],
    office: 'center',
    channels: CENTER,
    services: ALL,
    part: 'intake',
    cite: 'issue 4 item 7',
  },
  {
    event: 'withdraw',
    from: DISTRICT_INTAKE,
    to: ['withdrawn'],
    roles: ['district-specialist'],
    office: 'district',
    channels: DISTRICT,
    services: ALL,
    part: 'intake',
    cite: 'issue 4 item 7',
  },
  {
    event: 'withdraw',
    from: DISTRICT_PRE_DECISION,
    to: ['withdrawn'],
    roles: ['district-specialist'],
    office: 'district',
    channels: BOTH,
    services: ALL,
    part: 'processing',
    cite: 'issue 4 item 7',
  },

  // Cancellation of an erroneous registration: the office's administrator; at a district office also
  // its head, who answers for the journal. Not once a result has left the office.
  {
    event: 'cancel',
    from: CENTER_PRE_DISPATCH,
    to: ['cancelled'],
    roles: ['admin'],
    office: 'center',
    channels: CENTER,
    services: ALL,
    part: 'intake',
    cite: 'issue 4 item 7; product decision (docs/lifecycle.md)',
  },
  {
    event: 'cancel',
    from: DISTRICT_INTAKE,
    to: ['cancelled'],
    roles: ['admin', 'district-head'],
    office: 'district',
    channels: DISTRICT,
    services: ALL,
    part: 'intake',
    cite: 'issue 4 item 7; product decision (docs/lifecycle.md)',
  },
  {
    event: 'cancel',
    from: DISTRICT_PRE_DELIVERY,
    to: ['cancelled'],
    roles: ['admin', 'district-head'],
    office: 'district',
    channels: BOTH,
    services: ALL,
    part: 'processing',
    cite: 'issue 4 item 7; product decision (docs/lifecycle.md)',
  },
];

/** A case is closed when no rule leaves its status for its service and channel. */
export function isClosed(status: CaseStatus, service: ServiceId, channel: Channel): boolean {
  return !TRANSITION_RULES.some(
    (r) => r.from.includes(status) && r.services.includes(service) && r.channels.includes(channel),
  );
}
