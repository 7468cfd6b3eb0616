/**
 * The pieces every printed case document shares: case number, office, names, where and when the
 * result is issued, and the received documents with what was handed in.
 */
import type { Intake } from '@shared/case/intake';
import {
  getService,
  receivedText,
  submissionRule,
  type Catalogue,
  type DocumentItem,
  type ServiceDef,
} from '@shared/catalogue';
import { formatCaseNumber } from '@shared/case-number';
import { hoursOn } from '@shared/directory/hours';
import { officeByCode } from '@shared/directory/offices';
import type { Office } from '@shared/directory/types';
import type { LocalText } from '@shared/i18n/lang';
import type { PersonName, PrintCaseNumber, PrintOffice, DayHours } from '@shared/print';
import { isoWeekday } from '@shared/time/almaty';

/** Translation function fixed to the print language and the `intake` namespace. */
export type PrintT = (key: string, params?: Record<string, string | number>) => string;

export const printCaseNumber = (digits: string): PrintCaseNumber => ({
  digits,
  display: formatCaseNumber(digits),
});

export function printOffice(office: Office): PrintOffice {
  return { name: office.name, address: office.address, phones: office.phones, hoursText: office.hours.text };
}

export function officeOrThrow(code: string): Office {
  const office = officeByCode(code);
  if (!office) throw new Error(`Unknown office ${code}`);
  return office;
}

export const personName = (p: { surname: string; name: string; patronymic: string }): PersonName => ({
  surname: p.surname,
  givenName: p.name,
  ...(p.patronymic ? { patronymic: p.patronymic } : {}),
});

/** «Иванова Анна Петровна» → surname, given name, patronymic (the user's full name as typed). */
export function nameFromFull(fullName: string): PersonName {
  const [surname = '', givenName = '', ...rest] = fullName.trim().split(/\s+/);
  return { surname, givenName, ...(rest.length ? { patronymic: rest.join(' ') } : {}) };
}

export const same = (text: string): LocalText => ({ ru: text, kk: text });

/** Where the result is issued: the accepting ЦОН for a ЦОН filing, the district office otherwise. */
export function issueOffice(intake: Intake): Office {
  return officeOrThrow(intake.channel === 'center' ? intake.acceptingOfficeCode : intake.districtOfficeCode);
}

/** The office's hours on a date (docs/decisions.md: the issue "time"); its usual hours if closed that day. */
export function hoursOnDate(office: Office, date: string): DayHours {
  return (
    hoursOn(office, isoWeekday(date)) ?? {
      open: office.hours.open,
      close: office.hours.close,
      ...(office.hours.lunch ? { lunch: office.hours.lunch } : {}),
    }
  );
}

/**
 * The receipt's line for a received document: its name and what was handed in, by the document's
 * rule for originals and copies («…: копия; подлинник сверен и возвращён»).
 */
export function receiptDocumentLine(service: ServiceDef, intake: Intake, doc: DocumentItem): LocalText {
  const d = intake.documents.find((x) => x.itemId === doc.id);
  if (!d) return doc.name;
  const how = receivedText(submissionRule(service, doc), {
    original: d.originalShown,
    copy: d.copyReceived,
    notarisedCopy: d.notarisedCopy === true,
  });
  return how.ru ? { ru: `${doc.name.ru} (${how.ru})`, kk: `${doc.name.kk} (${how.kk})` } : doc.name;
}

export function receivedDocuments(intake: Intake, catalogue: Catalogue): DocumentItem[] {
  const service = getService(catalogue, intake.serviceId);
  const ids = new Set(intake.documents.map((d) => d.itemId));
  return service.documents.filter((d) => ids.has(d.id));
}
