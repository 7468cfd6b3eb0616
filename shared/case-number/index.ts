/** Case numbers: 14 digits, unique across offices and desks without coordination, with a Damm check digit. */
export {
  makeCaseNumber,
  parseCaseNumber,
  formatCaseNumber,
  CASE_NUMBER_LENGTH,
  MAX_SEQUENCE,
  MAX_EPOCH,
  type CaseNumberParts,
  type ParsedCaseNumber,
  type CaseNumberError,
  type CaseNumberInput,
} from './case-number';
export { nextRestoreEpoch } from './restore-epoch';
export { dammCheckDigit, dammValid } from './damm';
