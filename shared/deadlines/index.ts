/** Due dates per service and channel, on the working calendar (issue 3, item 3). */
export {
  DeadlineInputError,
  caseDeadlines,
  sameVisitOverrun,
  type CaseDeadlines,
  type DeadlineInput,
  type DeadlineInputErrorCode,
  type DeadlineSettings,
  type HousingPeriod,
  type StepBasis,
  type StepDeadline,
} from './case-deadlines';
export { CLOCK_STEPS, lifecycleStepLimits } from './lifecycle-limits';
