/**
 * Printed documents: pure builders from data + labels + font bytes to PDF bytes. Import this module
 * lazily in the renderer: pdf-lib, fontkit and bwip-js are the heaviest code in the app.
 */
export type { PrintContext, PrintFonts } from './context';
export type { PrintLabels } from './labels';
export type { PrintCaseNumber } from './case-number';
export type { PrintOffice, DayHours } from './office';
export type { PersonName, Contact } from './person';
export { fullName, surnameInitials } from './person';
export { buildReceipt, type ReceiptData } from './documents/receipt';
export { buildTalon, type TalonData } from './documents/talon';
export { buildPackageLabel, type PackageLabelData } from './documents/package-label';
export type { IntakeMark } from './documents/tear-off-slip';
export { buildTearOffSlip, type TearOffSlipData } from './documents/tear-off-slip-page';
export type { ApplicationBase, DisabilityGroup, IdDocument } from './documents/application-form';
export {
  buildWheelchairApplication,
  type WheelchairApplicationData,
} from './documents/application-wheelchair';
export { buildAssistantApplication, type AssistantApplicationData } from './documents/application-assistant';
export { buildCounterRefusal, type CounterRefusalData } from './documents/counter-refusal';
export { buildJournalList, type JournalData, type JournalRow } from './documents/journal-list';
export { buildNotice, type NoticeData } from './documents/notice';
export {
  buildRegistrySheet,
  type RegistrySheetData,
  type RegistrySheetRow,
} from './documents/registry-sheet';
export {
  buildPaymentRequestList,
  paymentTotal,
  type PaymentRequestData,
  type PaymentRequestRow,
} from './documents/payment-request';
export * from './documents/results';
export { markDuplicate } from './duplicate';
export * from './documents/complaints';
