/**
 * Applies one service's override onto a copy of its definition: channels (a ЦОН channel derived
 * when the regulation has none), documents, grounds and the other rules, then checks that every
 * condition still tests known situations and sub-types.
 */
import type { Condition } from './condition';
import { conditionTerms } from './condition';
import { SUBTYPE_KEY } from './checklist';
import { CHANNELS, type Channel, type ServiceId } from './ids';
import type { ChannelRules, ServiceDef, Step } from './types';
import type { ChannelOverride, ServiceOverride } from './override-schema';

/** An override that parses but does not fit the catalogue (unknown document, unknown key…). */
export class OverrideError extends Error {
  readonly serviceId: ServiceId;
  constructor(serviceId: ServiceId, message: string) {
    super(`${serviceId}: ${message}`);
    this.name = 'OverrideError';
    this.serviceId = serviceId;
  }
}

/**
 * Opening a channel the regulation does not have (a ЦОН for a district-only service): the ЦОН
 * accepts and dispatches, then the district office runs its own steps from its registration.
 */
function derivedCenterRules(district: ChannelRules): ChannelRules {
  const intake: Step[] = [
    {
      id: 'C1',
      role: 'center-inspector',
      action: {
        ru: 'Принимает документы, проверяет полноту пакета, выдаёт расписку',
        kk: 'Құжаттарды қабылдайды, пакеттің толықтығын тексереді, қолхат береді',
        kkReview: true,
      },
      source: 'docs/decisions.md channels (opened by the administrator)',
    },
    {
      id: 'C2',
      role: 'accumulation-inspector',
      action: {
        ru: 'Включает пакет в реестр и отправляет в районный отдел',
        kk: 'Пакетті тізілімге енгізеді және аудандық бөлімге жібереді',
        kkReview: true,
      },
      source: 'docs/decisions.md channels (opened by the administrator)',
    },
  ];
  // On the district channel acceptance and registration coincide; here the district steps run
  // from the district's registration of the package.
  const districtSteps = district.steps.map((s) =>
    s.limit && s.limit.anchor.from === 'acceptance' && s.limit.term.unit !== 'minutes'
      ? { ...s, limit: { ...s.limit, anchor: { from: 'registration' as const } } }
      : s,
  );
  return {
    enabled: true,
    term: district.term,
    termStart: 'acceptance',
    termSource: 'docs/decisions.md channels (opened by the administrator)',
    districtTerm: { term: district.term, source: district.termSource },
    acknowledgement: ['receipt'],
    ...(district.queue ? { queue: district.queue } : {}),
    steps: [...intake, ...districtSteps.filter((s) => !(s.limit?.term.unit === 'minutes'))],
  };
}

function applyChannel(service: ServiceDef, channel: Channel, o: ChannelOverride): void {
  let rules = service.channels[channel];
  if (!rules) {
    const district = service.channels.district;
    if (channel !== 'center' || !district) {
      throw new OverrideError(service.id, `channel ${channel} cannot be derived`);
    }
    rules = derivedCenterRules(district);
    if (o.enabled === undefined) rules.enabled = false;
  }
  if (o.enabled !== undefined) rules.enabled = o.enabled;
  if (o.term) rules.term = o.term;
  if (o.districtTerm) {
    if (channel !== 'center')
      throw new OverrideError(service.id, 'districtTerm applies to the center channel only');
    rules.districtTerm = { term: o.districtTerm, source: 'administrator override' };
  }
  for (const [stepId, term] of Object.entries(o.stepLimits ?? {})) {
    const step = rules.steps.find((s) => s.id === stepId);
    if (!step?.limit) throw new OverrideError(service.id, `no step limit "${stepId}" on channel ${channel}`);
    step.limit = { ...step.limit, term, source: 'administrator override' };
  }
  service.channels[channel] = rules;
}

function checkConditionKeys(service: ServiceDef, condition: Condition, where: string): void {
  const declared = new Set(service.situations.map((s) => s.key));
  for (const [key, values] of conditionTerms(condition)) {
    if (key === SUBTYPE_KEY) {
      for (const v of values) {
        if (!service.subTypes.some((s) => s.id === v)) {
          throw new OverrideError(service.id, `${where} tests unknown sub-type "${v}"`);
        }
      }
      continue;
    }
    if (!declared.has(key)) throw new OverrideError(service.id, `${where} tests unknown situation "${key}"`);
    const q = service.situations.find((s) => s.key === key)!;
    for (const v of values) {
      if (!q.values.some((x) => x.value === v)) {
        throw new OverrideError(service.id, `${where} tests unknown value "${v}" of "${key}"`);
      }
    }
  }
}

export function applyService(service: ServiceDef, o: ServiceOverride): void {
  if (o.subTypes) service.subTypes = o.subTypes;
  if (o.eligibleStatuses) service.eligibleStatuses = o.eligibleStatuses;
  if (o.allowsApplicantWithoutIin !== undefined)
    service.allowsApplicantWithoutIin = o.allowsApplicantWithoutIin;
  if (o.representation) {
    const { authority, acceptedBases } = o.representation;
    service.representation = {
      ...service.representation,
      ...(authority ? { authority } : {}),
      ...(acceptedBases ? { acceptedBases } : {}),
      source: 'administrator override',
    };
  }
  if (o.submission) service.submission = { rule: o.submission, source: 'administrator override' };
  if (o.familyMustInclude) {
    if (!service.family) throw new OverrideError(service.id, 'the application lists no family');
    service.family = { ...service.family, mustInclude: o.familyMustInclude };
  }
  if (o.assignmentMonths !== undefined) {
    if (!service.assignment) throw new OverrideError(service.id, 'the service has no assignment period');
    service.assignment = { ...service.assignment, periodMonths: o.assignmentMonths };
  }
  for (const channel of CHANNELS) {
    const c = o.channels?.[channel];
    if (c) applyChannel(service, channel, c);
  }
  if (!Object.values(service.channels).some((c) => c?.enabled)) {
    throw new OverrideError(service.id, 'every channel is disabled');
  }
  for (const id of o.documents?.remove ?? []) {
    if (!service.documents.some((d) => d.id === id))
      throw new OverrideError(service.id, `no document "${id}" to remove`);
    service.documents = service.documents.filter((d) => d.id !== id);
  }
  for (const doc of o.documents?.upsert ?? []) {
    const i = service.documents.findIndex((d) => d.id === doc.id);
    if (i >= 0) service.documents[i] = doc;
    else service.documents.push(doc);
  }
  if (o.grounds?.refusal) service.grounds.refusal = o.grounds.refusal;
  if (o.grounds?.suspension) service.grounds.suspension = o.grounds.suspension;
  if (o.grounds?.termination) service.grounds.termination = o.grounds.termination;
  // Checked after everything is applied: a new sub-type list may be what a document now tests.
  for (const doc of service.documents) {
    checkConditionKeys(service, doc.requiredWhen, `document ${doc.id}`);
    if (doc.optionalWhen) checkConditionKeys(service, doc.optionalWhen, `document ${doc.id}`);
  }
  for (const kind of ['refusal', 'suspension', 'termination'] as const) {
    service.grounds[kind].forEach((g, i) => {
      if (g.appliesWhen) checkConditionKeys(service, g.appliesWhen, `${kind} ground ${g.number ?? i + 1}`);
    });
  }
}
