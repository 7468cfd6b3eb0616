import type { TransitionErrorCode } from './errors';
import type { TransitionRule } from './rules';

/**
 * Run-time payload checks: events come from forms and from imported files, so the types alone do
 * not protect the machine. Returns the first problem, or null.
 */
const text = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const textList = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every(text);

export function payloadProblem(
  event: Record<string, unknown>,
  rule: TransitionRule,
): TransitionErrorCode | null {
  switch (event.type) {
    case 'refuse-acceptance':
    case 'return-draft':
    case 'withdraw':
    case 'cancel':
      return text(event.reason) ? null : 'missing-reason';
    case 'correct':
      if (!text(event.reason)) return 'missing-reason';
      return textList(event.fields) ? null : 'missing-changes';
    case 'return-incomplete':
      return textList(event.missingDocuments) ? null : 'missing-documents';
    case 'submit-conclusion':
      return event.conclusion === 'need' || event.conclusion === 'no-need' ? null : 'missing-conclusion';
    case 'decide':
      if (event.outcome !== 'approved' && event.outcome !== 'refused') return 'missing-outcome';
      if (event.outcome === 'refused' && !textList(event.grounds)) return 'missing-grounds';
      if (event.amount !== undefined && !(typeof event.amount === 'number' && event.amount >= 0))
        return 'invalid-amount';
      if (
        event.periodMonths !== undefined &&
        !(Number.isInteger(event.periodMonths) && (event.periodMonths as number) > 0)
      )
        return 'invalid-amount';
      return null;
    case 'issue':
      if (event.delivery !== 'in-person' && event.delivery !== 'post' && event.delivery !== 'center')
        return 'missing-delivery';
      return rule.deliveries?.includes(event.delivery) ? null : 'delivery-not-allowed';
    case 'issue-same-visit':
      if (event.outcome !== 'issued' && event.outcome !== 'refused' && event.outcome !== 'consultation')
        return 'missing-outcome';
      return event.outcome === 'refused' && !textList(event.grounds) ? 'missing-grounds' : null;
    default:
      return null;
  }
}
