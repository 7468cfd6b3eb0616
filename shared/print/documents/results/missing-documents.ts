/**
 * Notice of missing documents (issue 6, item 2): the district office returns an incomplete package
 * to the ЦОН within the step limit (3.1 §13: 3 working days, housing assistance; 3.9 §10, §11.2: 2
 * working days, child benefits, "notification of the missing document", Annex 4 to the Rules). The
 * limit is read from the catalogue's completeness-check step, so an administrator's change prints.
 */
import type { Step, ServiceDef } from '../../../catalogue/types';
import { CLOCK_STEPS } from '../../../deadlines/lifecycle-limits';
import type { LocalText } from '../../../i18n/lang';
import type { LocalDate } from '../../../time/almaty';
import { local, type PrintContext } from '../../context';
import { fill } from '../../labels';
import { surnameInitials, type PersonName } from '../../person';
import { citeParagraph, paragraphOf, plural, requireDate, shortDate, type ResultBase } from './common';
import { buildLetter } from '../letter';

export interface MissingDocumentsData extends ResultBase {
  /** A service that may be filed at a ЦОН (housing assistance, child benefits by default). */
  service: ServiceDef;
  center: { name: LocalText | string; address?: LocalText | string };
  applicant: PersonName;
  /** Acceptance at the ЦОН. */
  acceptedOn: LocalDate;
  /** Registration of the package at the district office: the step limit counts from it. */
  receivedOn: LocalDate;
  registryNumber?: string;
  /** Last day of the step limit (the case's deadlines, completeness-check step). */
  returnBy: LocalDate;
  missing: { document: LocalText | string; reason: LocalText | string }[];
}

/** The catalogue step "return an incomplete package to the ЦОН" of a service, with its limit. */
export function returnStepOf(service: ServiceDef): Step & { limit: NonNullable<Step['limit']> } {
  const stepId = CLOCK_STEPS['completeness-check']?.[service.id]?.center;
  const step = service.channels.center?.steps.find((s) => s.id === stepId);
  if (!step?.limit || step.limit.term.unit === 'minutes')
    throw new RangeError(`Service "${service.id}" has no return of an incomplete package to a ЦОН`);
  return step as Step & { limit: NonNullable<Step['limit']> };
}

export async function buildMissingDocumentsNotice(
  data: MissingDocumentsData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results.missing;
  if (data.missing.length === 0) throw new RangeError('A notice of missing documents lists at least one');
  for (const [what, d] of [
    ['Acceptance date', data.acceptedOn],
    ['Receipt date', data.receivedOn],
    ['Return-by date', data.returnBy],
  ] as const)
    requireDate(d, what);
  const step = returnStepOf(data.service);
  const paragraph = paragraphOf(step.limit.source);
  const unit = step.limit.term.unit === 'calendar-days' ? 'calendarDays' : 'workingDays';
  const days = plural(L as unknown as Record<string, string>, unit, step.limit.term.value, lang);
  const limit = fill(L.limit, {
    days,
    date: shortDate(data.returnBy, lang),
    paragraph: paragraph ? citeParagraph(paragraph, ctx) : step.limit.source,
  });
  const body = fill(L.body, {
    case: data.caseNumber.display,
    service: local(data.service.name, lang),
    applicant: surnameInitials(data.applicant),
    accepted: shortDate(data.acceptedOn, lang),
    received: shortDate(data.receivedOn, lang),
    registry: data.registryNumber ? fill(L.registry, { number: data.registryNumber }) : '',
  });
  return buildLetter(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: {
        label: ctx.labels.notice.recipient,
        lines: [
          local(data.center.name, lang),
          ...(data.center.address ? [local(data.center.address, lang)] : []),
        ],
      },
      title: L.title,
      paragraphs: [body, limit],
      table: {
        heading: `${L.list}:`,
        columns: [
          { title: L.colNo, weight: 1, align: 'right' },
          { title: L.colDocument, weight: 11 },
          { title: L.colReason, weight: 8 },
        ],
        rows: data.missing.map((m, i) => [String(i + 1), local(m.document, lang), local(m.reason, lang)]),
      },
      closing: [L.resend],
      signer: { position: local(data.signer.position, lang), name: data.signer.name },
      receipts: [{ label: L.received, caption: ctx.labels.common.signature }],
    },
    ctx,
  );
}
