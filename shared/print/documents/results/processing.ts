/**
 * Notification of document processing (issue 6, item 4) for the disability services: sanatorium
 * treatment (3.6 §7), wheelchair (3.7 §8), individual assistant or sign-language specialist (3.8 §7,
 * the sub-type chosen on the application, or both when none is given).
 */
import type { ServiceId } from '../../../catalogue/ids';
import { local, type PrintContext } from '../../context';
import { fill } from '../../labels';
import { buildNotice } from '../notice';
import { requireDate, requireService, resultTitle, shortDate, type ApplicantResultBase } from './common';

export const PROCESSING_SERVICES = [
  'disability-sanatorium',
  'disability-wheelchair',
  'disability-assistant-sign-language',
] as const satisfies readonly ServiceId[];

export interface ProcessingNoticeData extends ApplicantResultBase {
  /** Service 8: 'individual-assistant' or 'sign-language-specialist'. */
  subType?: string;
}

export async function buildProcessingNotice(
  data: ProcessingNoticeData,
  ctx: PrintContext,
): Promise<Uint8Array> {
  const { lang } = ctx;
  const L = ctx.labels.results.processing;
  requireService(data.service, PROCESSING_SERVICES, 'A notification of document processing');
  requireDate(data.applicationDate, 'Application date');
  let key: keyof typeof L.what = data.service.id as keyof typeof L.what;
  if (data.subType !== undefined) {
    if (!data.service.subTypes.some((s) => s.id === data.subType))
      throw new RangeError(`Unknown sub-type "${data.subType}" of service "${data.service.id}"`);
    if (data.subType in L.what) key = data.subType as keyof typeof L.what;
  }
  return buildNotice(
    {
      office: data.office,
      outgoingNumber: data.outgoingNumber,
      date: data.date,
      caseNumber: data.caseNumber,
      recipient: data.recipient,
      title: resultTitle(data.service, ['processing-notification'], lang),
      paragraphs: [
        fill(L.body, {
          date: shortDate(data.applicationDate, lang),
          service: local(data.service.name, lang),
          what: L.what[key],
        }),
        ...(data.remarks ? [data.remarks] : []),
      ],
      signer: { position: local(data.signer.position, lang), name: data.signer.name },
    },
    ctx,
  );
}
