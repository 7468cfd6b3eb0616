/**
 * A letter-style result document addressed to a person (issue 6, item 4): notification of
 * assignment or of document processing. The wording differs per service and decision, so the caller
 * passes the title and paragraphs already in the chosen language; the layout is the letter's.
 */
import type { LocalDate } from '../../time/almaty';
import type { PrintCaseNumber } from '../case-number';
import type { PrintContext } from '../context';
import { fullName, type PersonName } from '../person';
import type { PrintOffice } from '../office';
import { buildLetter } from './letter';

export interface NoticeData {
  office: PrintOffice;
  outgoingNumber: string;
  date: LocalDate;
  caseNumber: PrintCaseNumber;
  recipient: { name: PersonName; address?: string };
  /** Localised by the caller, e.g. «Уведомление о назначении жилищной помощи». */
  title: string;
  paragraphs: string[];
  /** Label–value facts such as period and amount. */
  facts?: { label: string; value: string }[];
  list?: { heading: string; items: string[] };
  signer: { position: string; name: PersonName };
}

export function buildNotice(data: NoticeData, ctx: PrintContext): Promise<Uint8Array> {
  const { recipient, ...rest } = data;
  const lines = [fullName(recipient.name), ...(recipient.address ? [recipient.address] : [])];
  return buildLetter({ ...rest, recipient: { label: ctx.labels.notice.recipient, lines } }, ctx);
}
