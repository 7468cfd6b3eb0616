/**
 * The term of review of a complaint is a rule, not code (issue 15; digest 3.1 §26 says only "in the
 * order and terms set by law"). The administrator keeps it in Settings → Правила; every saved rule
 * is kept with the instant it took effect, and a complaint takes the rule in force when it was
 * registered, so a changed rule never moves the due date of a complaint already registered.
 */
import { z } from 'zod';
import { dueDate, type WorkingCalendar } from '../calendar';
import type { LocalText } from '../i18n/lang';
import type { LocalDate } from '../time/almaty';

export const COMPLAINT_TERM_UNITS = ['working-days', 'calendar-days'] as const;
export type ComplaintTermUnit = (typeof COMPLAINT_TERM_UNITS)[number];

export interface ComplaintTermRule {
  value: number;
  unit: ComplaintTermUnit;
  /** The legal basis as the administrator writes it, in both languages. */
  basis: LocalText;
  /** False for the shipped default until an administrator confirms it. */
  confirmed: boolean;
  /** Instant from which the rule applies (0 for the shipped default). */
  effectiveFrom: number;
}

const nonEmpty = z.string().trim().min(1).max(500);
export const complaintTermRuleSchema = z
  .object({
    value: z.number().int().min(1).max(365),
    unit: z.enum(COMPLAINT_TERM_UNITS),
    basis: z.object({ ru: nonEmpty, kk: nonEmpty, kkReview: z.boolean().optional() }).strict(),
    confirmed: z.boolean(),
    effectiveFrom: z.number().int().min(0),
  })
  .strict();

/** Shipped default: 15 working days, to be confirmed by the administrator. */
export const DEFAULT_COMPLAINT_TERM: ComplaintTermRule = {
  value: 15,
  unit: 'working-days',
  basis: {
    ru: 'Регламенты, §26: жалоба рассматривается в порядке и сроки, установленные законодательством. Срок по умолчанию, подлежит подтверждению администратором.',
    kk: 'Регламенттер, 26-тармақ: шағым заңнамада белгіленген тәртіппен және мерзімде қаралады. Әдепкі мерзім, әкімші растауы тиіс.',
    kkReview: true,
  },
  confirmed: false,
  effectiveFrom: 0,
};

/** The rule in force at `at`: the latest one that took effect at or before it, else the default. */
export function complaintTermAt(history: readonly ComplaintTermRule[], at: number): ComplaintTermRule {
  let best: ComplaintTermRule | null = null;
  for (const r of history) {
    if (r.effectiveFrom <= at && (best === null || r.effectiveFrom >= best.effectiveFrom)) best = r;
  }
  return best ?? DEFAULT_COMPLAINT_TERM;
}

/** Due date of a complaint registered on `registeredOn` under `rule` (the registration day not counted). */
export function complaintDueDate(
  cal: WorkingCalendar,
  registeredOn: LocalDate,
  rule: ComplaintTermRule,
): LocalDate {
  const due = dueDate(cal, registeredOn, { value: rule.value, unit: rule.unit });
  if (due === null) throw new RangeError('A complaint term has a date');
  return due;
}
