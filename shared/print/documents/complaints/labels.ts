/**
 * Printed labels of the complaint documents come from the `print` part of
 * locales/{ru,kk}/complaints.json; the Russian file is the shape.
 */
import type ruComplaints from '../../../../locales/ru/complaints.json';
import type { LocalDate } from '../../../time/almaty';
import type { PrintOffice } from '../../office';

export type ComplaintPrintLabels = (typeof ruComplaints)['print'];

/** The complaint's number in both forms (digits for the barcode, grouped for reading). */
export interface PrintComplaintNumber {
  digits: string;
  display: string;
}

/** What every complaint document carries about the complaint itself. */
export interface ComplaintPrintBase {
  number: PrintComplaintNumber;
  registeredAt: number;
  registeredOn: LocalDate;
  office: PrintOffice;
}
