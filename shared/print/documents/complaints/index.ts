/** Complaint documents (issue 15): talon, registration stamp, answer letter, period journal. */
export { buildComplaintTalon, type ComplaintTalonData } from './talon';
export { buildComplaintStamp } from './stamp';
export { buildComplaintAnswer, type ComplaintAnswerData } from './answer';
export { buildComplaintJournal, type ComplaintJournalData, type ComplaintJournalRow } from './journal';
export type { ComplaintPrintLabels, ComplaintPrintBase, PrintComplaintNumber } from './labels';
