/**
 * Result documents of the district office (issue 6, item 4), in ru or kk. Each is a data type and a
 * `build…(data, { lang, labels, fonts })` returning PDF bytes. The wording names the service from
 * the catalogue; refusals cite each ground's number, text and paragraph from the catalogue.
 */
export type { ApplicantResultBase, ResultBase } from './common';
export { paragraphOf, pluralCategory, refusalGroundsOf } from './common';
export {
  ASSIGNMENT_SERVICES,
  buildAssignmentNotice,
  type AssignmentNoticeData,
  type AssignmentPeriod,
} from './assignment';
export { PROCESSING_SERVICES, buildProcessingNotice, type ProcessingNoticeData } from './processing';
export { buildRefusalNotice, type RefusalNoticeData } from './refusal';
export {
  REFERRAL_SUBTYPES,
  buildReferral,
  referralNeedsRegistration,
  type ReferralData,
  type ReferralSubType,
} from './referral';
export {
  aspCoversQuarter,
  buildAspCertificate,
  type AspAssignmentRecord,
  type AspCertificateData,
} from './certificate';
export { buildMissingDocumentsNotice, returnStepOf, type MissingDocumentsData } from './missing-documents';
export {
  REFUSAL_TO_ACCEPT_SERVICES,
  buildRefusalToAcceptNotice,
  type RefusalToAcceptData,
} from './refusal-to-accept';
export {
  SURVEY_REFUSAL_SERVICES,
  buildSurveyRefusalProtocol,
  type SurveyRefusalProtocolData,
} from './survey-refusal-protocol';
export { buildLetter, type LetterData } from '../letter';
