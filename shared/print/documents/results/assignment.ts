/**
 * Notification of assignment (issue 6, item 4): housing assistance (3.1 §7), maslikhat social aid
 * (3.2 §7), АСП (3.4 §9), child benefits (3.9 §7). Period and amount are printed as facts; the
 * amount is entered by staff (docs/decisions.md: amounts are not in the regulations).
 */
import type { YearMonth } from '../../../calendar/periods';
import type { ServiceId } from '../../../catalogue/ids';
import type { LocalText } from '../../../i18n/lang';
import { formatMoney } from '../../../i18n/format';
import { local, type PrintContext } from '../../context';
import { fill } from '../../labels';
import { buildNotice } from '../notice';
import {
  checkAmount,
  longDate,
  periodDays,
  requireDate,
  requireService,
  resultTitle,
  shortDate,
  type ApplicantResultBase,
} from './common';

export const ASSIGNMENT_SERVICES = [
  'housing-assistance',
  'maslikhat-social-aid',
  'targeted-social-assistance',
  'child-benefit-under-18',
] as const satisfies readonly ServiceId[];

/**
 * From the 1st of `startMonth`, for `months` months. For housing assistance pass the case's
 * `deadlines.housingPeriod` (start month by the 25th rule, 12 months: docs/decisions.md).
 */
export interface AssignmentPeriod {
  startMonth: YearMonth;
  months: number;
}

export interface AssignmentNoticeData extends ApplicantResultBase {
  /** Required for housing assistance; optional for the others (a one-off maslikhat payment). */
  period?: AssignmentPeriod;
  /** Tenge, as entered by staff. */
  amount: { value: number; per: 'month' | 'once' };
  /** Maslikhat category or another sub-type name, printed when given. */
  category?: LocalText | string;
}

export async function buildAssignmentNotice(
  data: AssignmentNoticeData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results.assignment;
  const id = data.service.id;
  requireService(data.service, ASSIGNMENT_SERVICES, 'A notification of assignment');
  requireDate(data.applicationDate, 'Application date');
  checkAmount(data.amount.value);
  if (id === 'housing-assistance' && !data.period)
    throw new RangeError('Housing assistance is assigned for a period: pass the start month and months');
  const facts: { label: string; value: string }[] = [];
  if (data.category) facts.push({ label: L.category, value: local(data.category, lang) });
  if (data.period) {
    const { from, to } = periodDays(data.period.startMonth, data.period.months);
    facts.push({
      label: L.period,
      value: fill(L.periodValue, {
        from: longDate(from, lang),
        to: longDate(to, lang),
        months: data.period.months,
      }),
    });
  }
  const money = formatMoney(data.amount.value, lang);
  facts.push({
    label: L.amount,
    value: fill(data.amount.per === 'month' ? L.amountMonthly : L.amountOnce, { amount: money }),
  });
  const decision = L.decision[id as keyof typeof L.decision];
  return buildNotice(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: data.recipient,
      title: resultTitle(data.service, ['assignment-notification'], lang),
      paragraphs: [
        fill(L.body, {
          date: shortDate(data.applicationDate, lang),
          service: local(data.service.name, lang),
          decision,
        }),
        ...(data.remarks ? [data.remarks] : []),
      ],
      facts,
      signer: { position: local(data.signer.position, lang), name: data.signer.name },
    },
    ctx,
  );
}
