/** IIN and BIN validation, and person keys for applicants with or without an IIN. */
export { iinCheckDigit } from './check-digit';
export {
  validateIin,
  IIN_ERROR_CODES,
  IIN_WARNING_CODES,
  type IinErrorCode,
  type IinWarningCode,
  type IinResult,
  type IinOptions,
} from './validate-iin';
export { validateBin, BIN_ERROR_CODES, type BinErrorCode } from './validate-bin';
export {
  personKey,
  normalizeDocNumber,
  IDENTITY_DOC_TYPES,
  type IdentityDocType,
  type IdentityDocument,
} from './person-key';
export type { FormatErrorCode } from './format-checks';
