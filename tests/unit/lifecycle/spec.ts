/**
 * The expected behaviour, written from the digest independently of shared/lifecycle/rules.ts: per
 * service and channel, the steps of its process (digest section 3) with the role of each, plus the
 * steps any case has (correction, withdrawal, cancellation) by who holds the case. Tests compare the
 * machine against this on every combination, so a guard removed there shows up here.
 */
import type { Role } from '@shared/auth/roles';
import { SERVICE_IDS, type Channel, type ServiceId } from '@shared/catalogue/ids';
import type { CaseEvent, CaseState, CaseStatus, EventType, OfficeType } from '@shared/lifecycle';

/** State data the guards look at besides the status. */
export type Variant = 'fresh' | 'concluded' | 'approved' | 'refused';
export const VARIANTS: readonly Variant[] = ['fresh', 'concluded', 'approved', 'refused'];

export interface SpecStep {
  service: ServiceId;
  channel: Channel;
  from: CaseStatus;
  event: EventType;
  to: CaseStatus;
  role: Role;
  office: OfficeType;
  /** Which state variants allow the step (default all). */
  variants?: readonly Variant[];
  cite: string;
}

/**
 * Every service in both channels: the regulations open the ЦОН only to housing assistance and child
 * benefits (digest 2), but the channel is configuration (docs/decisions.md), so the ЦОН route must hold for
 * any deferred service. Same-visit services have no ЦОН route at all.
 */
export const CHANNELS_BY_SERVICE = Object.fromEntries(
  SERVICE_IDS.map((id): [ServiceId, readonly Channel[]] => [id, ['district', 'center']]),
) as Record<ServiceId, readonly Channel[]>;

const DS: Role = 'district-specialist';
const HEAD: Role = 'district-head';
const RS: Role = 'responsible-specialist';
const COMM: Role = 'commission-member';
const CI: Role = 'center-inspector';
const ACC: Role = 'accumulation-inspector';
const DEPT: Role = 'department-specialist';
const ADMIN: Role = 'admin';

type Line = [
  from: CaseStatus,
  event: EventType,
  to: CaseStatus,
  roles: Role[],
  cite: string,
  variants?: Variant[],
];

const officeOf = (role: Role, fallback: OfficeType): OfficeType =>
  role === CI || role === ACC
    ? 'center'
    : role === DEPT
      ? 'department'
      : role === ADMIN
        ? fallback
        : 'district';

const NOT_CONCLUDED: Variant[] = ['fresh', 'approved', 'refused'];

const front = (channel: Channel): Role => (channel === 'center' ? CI : DS);

function registration(channel: Channel): Line[] {
  return channel === 'district'
    ? [['accepted', 'register', 'registered', [DS], '3.1 A1; 3.2 §13.1; 3.4 §13.1; 3.6 §11.1; 3.9 A5']]
    : [
        ['accepted', 'add-to-registry', 'in-registry', [ACC], '3.1 B2; 3.9 B3'],
        ['in-registry', 'remove-from-registry', 'accepted', [ACC], 'registry open until export'],
        ['in-registry', 'dispatch', 'in-transit', [ACC], '3.1 B2'],
        ['in-transit', 'receive-at-district', 'received-by-district', [DS], '3.1 B3; 3.9 B4'],
        ['received-by-district', 'return-incomplete', 'returned-incomplete', [DS], '3.1 B3a; 3.9 B4'],
        ['returned-incomplete', 'receive-returned', 'center-correcting', [ACC], '3.9 B5'],
        ['center-correcting', 'add-to-registry', 'in-registry', [ACC], '3.9 B5'],
        ['received-by-district', 'register', 'registered', [DS], '3.1 B3; 3.9 B6'],
      ];
}

const headReview: Line[] = [
  ['registered', 'pass-to-head', 'head-review', [DS], 'step 1: the specialist passes to the head'],
  ['head-review', 'assign', 'with-specialist', [HEAD], 'step 2: the head assigns'],
];

function headDecides(draftRoles: Role[], variants?: Variant[]): Line[] {
  return [
    ['with-specialist', 'submit-draft', 'draft-decision', draftRoles, 'specialist prepares', variants],
    ['draft-decision', 'return-draft', 'with-specialist', [HEAD], '3.6 §11.4 head checks'],
    ['draft-decision', 'decide', 'decided-refused', [HEAD], 'head decides'],
  ];
}

const signing: Line[] = [
  ['decided-approved', 'sign-result', 'result-signed', [HEAD], 'head signs'],
  ['decided-refused', 'sign-result', 'result-signed', [HEAD], 'head signs'],
];

function delivery(channel: Channel): Line[] {
  return channel === 'district'
    ? [['result-signed', 'issue', 'issued-in-person', [RS], 'responsible specialist issues']]
    : [
        ['result-signed', 'send-result-to-center', 'result-sent-to-center', [RS], '3.1 B7; 3.9 B12'],
        ['result-sent-to-center', 'import-result', 'result-at-center', [ACC], '3.1 B8'],
        ['result-at-center', 'scan-result-paper', 'ready-for-pickup', [ACC], '3.1 B8'],
        ['ready-for-pickup', 'issue', 'issued-by-center', [CI], '3.1 B9; 3.9 B13'],
      ];
}

const localCommissionOutcomes: Line[] = [
  ['at-local-commission', 'record-survey-refusal', 'survey-refused', [COMM], '3.4 §13.2a'],
  ['survey-refused', 'decide', 'decided-refused', [HEAD], 'no survey: refusal'],
];

function processSteps(service: ServiceId, channel: Channel): Line[] {
  switch (service) {
    case 'housing-assistance': // 3.1 §14
      return [
        ...registration(channel),
        ...headReview,
        ['with-specialist', 'send-to-commission', 'at-housing-commission', [RS], '3.1 A3', NOT_CONCLUDED],
        ['at-housing-commission', 'decide', 'decided-refused', [COMM], '3.1 A4'],
        ...signing,
        ...delivery(channel),
      ];
    case 'targeted-social-assistance': // 3.4 §13
      return [
        ...registration(channel),
        ['registered', 'send-to-commission', 'at-local-commission', [DS], '3.4 §13.1', NOT_CONCLUDED],
        ['at-local-commission', 'submit-conclusion', 'head-review', [COMM], '3.4 §13.2e'],
        ...localCommissionOutcomes,
        ['head-review', 'assign', 'with-specialist', [HEAD], '3.4 §13.3a'],
        ...headDecides([RS], ['concluded']),
        ...signing,
        ...delivery(channel),
      ];
    case 'child-benefit-under-18': // 3.9 §11
      return [
        ['accepted', 'request-originals', 'awaiting-originals', [front(channel)], '3.9 A3b'],
        ['awaiting-originals', 'originals-received', 'accepted', [front(channel)], '3.9 A3c'],
        ['awaiting-originals', 'refuse-acceptance', 'acceptance-refused', [front(channel)], '3.9 A3d'],
        ...registration(channel),
        ...headReview,
        ['with-specialist', 'send-to-commission', 'at-local-commission', [RS], '3.9 B8', NOT_CONCLUDED],
        ['at-local-commission', 'submit-conclusion', 'with-specialist', [COMM], '3.9 B9'],
        ...localCommissionOutcomes,
        ...headDecides(channel === 'center' ? [RS, DS] : [RS], ['concluded']),
        ...signing,
        ...delivery(channel),
      ];
    case 'employment-referral': // 3.3 §11
      if (channel === 'center') return [];
      return [['accepted', 'issue-same-visit', 'issued-in-person', [DS], '3.3 §11']];
    case 'asp-recipient-certificate': // 3.5 §11
      if (channel === 'center') return [];
      return [['accepted', 'issue-same-visit', 'issued-in-person', [RS], '3.5 §11.4']];
    case 'maslikhat-social-aid': // 3.2 §13
      return [
        ...registration(channel),
        ...headReview,
        ...headDecides([RS]),
        ...signing,
        ...delivery(channel),
        ['issued-in-person', 'request-payment', 'payment-requested', [RS], '3.2 §13.5', ['approved']],
        ['sent-by-post', 'request-payment', 'payment-requested', [RS], '3.2 §13.5', ['approved']],
        ['payment-requested', 'send-to-treasury', 'sent-to-treasury', [DEPT], '3.2 §13.6'],
      ];
    default: // 3.6 §11, 3.7 §12, 3.8 §11
      return [
        ...registration(channel),
        ...headReview,
        ...headDecides([RS]),
        ...signing,
        ...delivery(channel),
      ];
  }
}

const CENTER_HELD: CaseStatus[] = ['accepted', 'awaiting-originals', 'in-registry', 'center-correcting'];
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

/** Correction, withdrawal and cancellation: decided by who holds the case (issue 4 item 7). */
function anyCaseSteps(channel: Channel): { line: Line; office: OfficeType }[] {
  const out: { line: Line; office: OfficeType }[] = [];
  const add = (
    froms: CaseStatus[],
    event: EventType,
    to: CaseStatus | 'same',
    roles: Role[],
    office: OfficeType,
  ) =>
    froms.forEach((f) =>
      out.push({ line: [f, event, to === 'same' ? f : to, roles, 'issue 4 item 7'], office }),
    );
  if (channel === 'center') {
    add(CENTER_HELD, 'correct', 'same', [CI], 'center');
    add(CENTER_HELD, 'withdraw', 'withdrawn', [CI], 'center');
    add(CENTER_HELD, 'cancel', 'cancelled', [ADMIN], 'center');
  } else {
    const intakeAndProcessing = [
      'accepted',
      'awaiting-originals',
      ...DISTRICT_PRE_DECISION.filter((s) => s !== 'received-by-district'),
    ] as CaseStatus[];
    add(intakeAndProcessing, 'correct', 'same', [DS], 'district');
    add(['accepted', 'awaiting-originals'], 'withdraw', 'withdrawn', [DS], 'district');
    add(['accepted', 'awaiting-originals'], 'cancel', 'cancelled', [ADMIN, HEAD], 'district');
  }
  add(DISTRICT_PRE_DECISION, 'withdraw', 'withdrawn', [DS], 'district');
  add(
    [...DISTRICT_PRE_DECISION, 'decided-approved', 'decided-refused', 'result-signed'],
    'cancel',
    'cancelled',
    [ADMIN, HEAD],
    'district',
  );
  return out;
}

export const SERVICE_CHANNELS: { service: ServiceId; channel: Channel }[] = (
  Object.entries(CHANNELS_BY_SERVICE) as [ServiceId, readonly Channel[]][]
).flatMap(([service, channels]) => channels.map((channel) => ({ service, channel })));

export const SPEC: SpecStep[] = SERVICE_CHANNELS.flatMap(({ service, channel }) => {
  const lines = [
    ...processSteps(service, channel).map((line) => ({ line, office: undefined as OfficeType | undefined })),
    ...anyCaseSteps(channel),
  ];
  return lines.flatMap(({ line: [from, event, to, roles, cite, variants], office }) =>
    roles.map((role) => ({
      service,
      channel,
      from,
      event,
      to,
      role,
      office: office ?? officeOf(role, 'district'),
      ...(variants ? { variants } : {}),
      cite,
    })),
  );
});

export const specKey = (
  s: ServiceId,
  c: Channel,
  from: CaseStatus,
  v: Variant,
  e: EventType,
  role: Role,
  office: OfficeType,
) => [s, c, from, v, e, role, office].join('|');

/** Expected target per key. */
export const EXPECTED = new Map<string, CaseStatus>(
  SPEC.flatMap((st) =>
    (st.variants ?? VARIANTS).map((v) => [
      specKey(st.service, st.channel, st.from, v, st.event, st.role, st.office),
      st.to,
    ]),
  ),
);

/** Every actor the tests use: one role each, at its home office (an admin at each office). */
export const ACTORS: { role: Role; office: OfficeType }[] = [
  { role: CI, office: 'center' },
  { role: ACC, office: 'center' },
  { role: DS, office: 'district' },
  { role: HEAD, office: 'district' },
  { role: RS, office: 'district' },
  { role: COMM, office: 'district' },
  { role: DEPT, office: 'department' },
  { role: ADMIN, office: 'center' },
  { role: ADMIN, office: 'district' },
  { role: ADMIN, office: 'department' },
];

export function makeState(
  service: ServiceId,
  channel: Channel,
  status: CaseStatus,
  variant: Variant,
): CaseState {
  return {
    caseId: '0101202600012',
    serviceId: service,
    channel,
    status,
    ...(service === 'employment-referral' ? { subType: 'job-placement' } : {}),
    revisions: { intake: 3, processing: 2, payment: 0 },
    statusSince: 1_000,
    updatedBy: 'u-prev',
    milestones: { acceptedAt: 500 },
    runningClocks: [],
    returnCount: 0,
    ...(variant === 'concluded' ? { conclusion: 'need' as const } : {}),
    ...(variant === 'approved' ? { decision: 'approved' as const } : {}),
    ...(variant === 'refused' ? { decision: 'refused' as const, refusalGrounds: ['§12.1'] } : {}),
  };
}

/** A payload that passes every payload check, so only the guards decide. */
export function validEvent(event: EventType, state: CaseState): CaseEvent {
  switch (event) {
    case 'refuse-acceptance':
    case 'return-draft':
    case 'withdraw':
    case 'cancel':
      return { type: event, reason: 'Заявление заявителя от 15.03.2026' };
    case 'correct':
      return { type: event, reason: 'Опечатка в фамилии', fields: ['applicant.surname'] };
    case 'return-incomplete':
      return { type: event, missingDocuments: ['3.1 §17 item 4'] };
    case 'submit-conclusion':
      return { type: event, conclusion: 'need' };
    case 'decide':
      return { type: event, outcome: 'refused', grounds: ['§13.1'] };
    case 'issue':
      return { type: event, delivery: state.status === 'ready-for-pickup' ? 'center' : 'in-person' };
    case 'issue-same-visit':
      return { type: event, outcome: state.subType === 'career-guidance' ? 'consultation' : 'issued' };
    default:
      return { type: event } as CaseEvent;
  }
}
