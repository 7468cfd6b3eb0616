/** Reading hooks of the workflow screens: the office, "now", a case with its clock records. */
import { useNow } from '../../app/hooks';

/**
 * "Now" for deadline screens. It is `Date.now()` refreshed every 30 s, so a test fixes it with
 * Playwright's `page.clock.setFixedTime` (which replaces Date) rather than a custom flag.
 */
export function useWorkflowNow(): number {
  return useNow(30_000);
}

/** The office, live: undefined while loading, null when the workstation is not set up. */
export { useOffice } from '../../store';

/** The catalogue and the working calendar in force (administrator overrides over the defaults), live. */
export { useRules } from '../../store';

/** The case and its audit trail, live; undefined while loading, row null when there is no such case. */
export { useCaseWithHistory, type CaseWithHistory } from '../../store';
