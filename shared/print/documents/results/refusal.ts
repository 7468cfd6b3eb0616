/**
 * Motivated refusal (issue 6, item 4; glossary: отказ = мемлекеттік қызмет көрсетуден бас тарту):
 * cites the service and each ground with its number, text and paragraph of the regulation, from the
 * catalogue, so an administrator's edited grounds print as edited. Laid out by `buildLetter` (the
 * `buildNotice` layout plus paragraphs after the list), because the right of appeal follows the
 * grounds and NoticeData has no place after its list.
 */
import type { Ground } from '../../../catalogue/types';
import type { LocalText } from '../../../i18n/lang';
import { local, type PrintContext } from '../../context';
import { fullName } from '../../person';
import { fill } from '../../labels';
import { buildLetter } from '../letter';
import {
  checkRefusalGrounds,
  groundLine,
  requireDate,
  resultTitle,
  shortDate,
  type ApplicantResultBase,
} from './common';

export interface RefusalNoticeData extends ApplicantResultBase {
  /** Grounds from `service.grounds.refusal` (see `refusalGroundsOf` for the recorded references). */
  grounds: Ground[];
  /** The sub-type, when a ground applies only to some (employment referral, 3.3 §10). */
  subType?: string;
  /** ЦОН channel: the documents go back to the applicant through this ЦОН. */
  returnedVia?: LocalText | string;
}

export async function buildRefusalNotice(data: RefusalNoticeData, ctx: PrintContext): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results;
  requireDate(data.applicationDate, 'Application date');
  checkRefusalGrounds(data.service, data.grounds, data.subType);
  return buildLetter(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: {
        label: ctx.labels.notice.recipient,
        lines: [fullName(data.recipient.name), ...(data.recipient.address ? [data.recipient.address] : [])],
      },
      title: resultTitle(data.service, ['motivated-refusal', 'refusal-notification'], lang),
      paragraphs: [
        fill(L.refusal.body, {
          date: shortDate(data.applicationDate, lang),
          service: local(data.service.name, lang),
        }),
      ],
      list: { heading: L.refusal.grounds, items: data.grounds.map((g) => groundLine(g, ctx)) },
      closing: [
        ...(data.remarks ? [data.remarks] : []),
        ...(data.returnedVia ? [fill(L.refusal.returnedVia, { center: local(data.returnedVia, lang) })] : []),
        L.appeal,
      ],
      signer: { position: local(data.signer.position, lang), name: data.signer.name },
    },
    ctx,
  );
}
