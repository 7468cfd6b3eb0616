/** The nine services as data, the checklist engine and administrator overrides (issue 3). */
export * from './ids';
export * from './types';
export * from './condition';
export { BASE_RULES_VERSION, defaultCatalogue } from './defaults';
export {
  SUBTYPE_KEY,
  ChecklistInputError,
  checklist,
  completeness,
  getService,
  resolveAnswers,
  situationKeys,
  subTypeChangesChecklist,
  type ChecklistInputErrorCode,
  type ChecklistResult,
  type Completeness,
  type MissingItem,
  type SituationKey,
} from './checklist';
export {
  OverrideError,
  applyOverrides,
  canonicalJson,
  conditionSchema,
  fnv1a64,
  overridesSchema,
  parseOverrides,
  termSchema,
  type CatalogueOverrides,
  type ServiceOverride,
} from './overrides';
export { EXAMPLE_CATEGORY } from './services/maslikhat-social-aid';
export { EXEMPT_FROM_REGISTRATION } from './services/employment-referral';
export {
  SUBMISSION_TEXT,
  anyMark,
  markedCompleteness,
  missingPart,
  receivedText,
  submissionRule,
  type DocumentMarks,
} from './submission';
export {
  acceptedBases,
  defaultPeriodMonths,
  inPersonOnly,
  listsFamily,
  missingRelations,
  needsUnemployedRegistration,
} from './rules';
