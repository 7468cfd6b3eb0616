/**
 * Printing of complaint documents through the lazy print kit: talon, registration stamp, answer
 * letter and the period journal. Labels come from the `print` part of locales/<lang>/complaints.json.
 */
import type { i18n as I18n } from 'i18next';
import { formatCaseNumber } from '@shared/case-number';
import { formatComplaintNumber } from '@shared/complaints';
import { officeByCode } from '@shared/directory/offices';
import { formatDate } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import type { ComplaintPrintLabels, PrintComplaintNumber } from '@shared/print';
import { surnameInitials } from '@shared/print/person';
import type { LocalDate } from '@shared/time/almaty';
import { nameFromFull, printOffice } from '../print/caseDocuments';
import { deliverPdf, loadPrintKit } from '../print/printKit';
import type { ComplaintDocument } from './actions';
import type { ComplaintRow } from './types';

function officeOf(code: string) {
  const office = officeByCode(code);
  if (!office) throw new Error(`Unknown office ${code}`);
  return office;
}

const number = (id: string): PrintComplaintNumber => ({ digits: id, display: formatComplaintNumber(id) });

function labels(i18n: I18n, lang: Lang): ComplaintPrintLabels {
  return (i18n.getResourceBundle(lang, 'complaints') as { print: ComplaintPrintLabels }).print;
}

const fullName = (c: ComplaintRow) =>
  [c.complainant.surname, c.complainant.name, c.complainant.patronymic].filter(Boolean).join(' ');

/** Where the answer will be received (§26 talon field 4): by post to the address, else at the office. */
export function answerPlace(i18n: I18n, lang: Lang, row: ComplaintRow): string {
  const t = i18n.getFixedT(lang, 'complaints');
  const office = officeOf(row.officeCode);
  return row.complainant.address
    ? t('answerPlace.post', { address: row.complainant.address })
    : t('answerPlace.office', { office: `${office.name[lang]}, ${office.address[lang]}` });
}

export async function buildComplaintDocument(
  i18n: I18n,
  lang: Lang,
  row: ComplaintRow,
  doc: Exclude<ComplaintDocument, 'journal'>,
): Promise<{ bytes: Uint8Array; title: string }> {
  const { print, ctx } = await loadPrintKit(lang);
  const L = labels(i18n, lang);
  const t = i18n.getFixedT(lang, 'complaints');
  const office = officeOf(row.officeCode);
  const base = {
    number: number(row.id),
    registeredAt: row.registeredAt,
    registeredOn: row.registeredOn,
    office: printOffice(office),
  };
  const display = base.number.display;
  if (doc === 'talon') {
    const bytes = await print.buildComplaintTalon(
      {
        ...base,
        acceptor: surnameInitials(nameFromFull(row.acceptedBy.fullName)),
        acceptorContacts: office.phones.length
          ? `${ctx.labels.common.phone} ${office.phones.join(', ')}`
          : office.address[lang],
        answerPlace: answerPlace(i18n, lang, row),
      },
      ctx,
      L,
    );
    return { bytes, title: `${L.talon.title.replace('{{number}}', display)}` };
  }
  if (doc === 'stamp')
    return {
      bytes: await print.buildComplaintStamp(base, ctx, L),
      title: L.stamp.incoming.replace('{{number}}', display),
    };
  if (!row.review || !row.answer) throw new Error('The answer is printed once it is recorded');
  const officeType = office.type === 'center' ? 'center' : 'department';
  const bytes = await print.buildComplaintAnswer(
    {
      ...base,
      outgoingNumber: row.answer.outgoingNumber,
      postedOn: row.answer.postedOn,
      complainant: fullName(row),
      address: row.complainant.address,
      findings: row.review.findings,
      outcome: row.review.outcome,
      reasons: row.review.reasons,
      signer: { position: t(`signer.${officeType}`), name: nameFromFull(row.responsible?.name ?? '') },
    },
    ctx,
    L,
  );
  return { bytes, title: `${L.answer.title} ${display}` };
}

export async function printComplaintDocument(
  i18n: I18n,
  lang: Lang,
  row: ComplaintRow,
  doc: Exclude<ComplaintDocument, 'journal'>,
): Promise<void> {
  const { bytes, title } = await buildComplaintDocument(i18n, lang, row, doc);
  await deliverPdf(bytes, { title, fileName: `complaint-${doc}-${row.id}-${lang}` });
}

/** The journal of appeals registered in [from, to], oldest first. */
export async function printComplaintJournal(
  i18n: I18n,
  lang: Lang,
  rows: readonly ComplaintRow[],
  input: { officeCode: string; from: LocalDate; to: LocalDate; now: number },
): Promise<number> {
  const { print, ctx } = await loadPrintKit(lang);
  const t = i18n.getFixedT(lang, 'complaints');
  const inPeriod = rows
    .filter((r) => r.registeredOn >= input.from && r.registeredOn <= input.to)
    .sort((a, b) => a.registeredAt - b.registeredAt);
  const bytes = await print.buildComplaintJournal(
    {
      office: printOffice(officeOf(input.officeCode)),
      from: input.from,
      to: input.to,
      printedAt: input.now,
      rows: inPeriod.map((r) => ({
        number: formatComplaintNumber(r.id),
        registeredAt: r.registeredAt,
        channel: t(`channels.${r.channel}`),
        complainant: [fullName(r), r.complainant.iin].filter(Boolean).join(', '),
        kind: t(`kindsShort.${r.kind}`),
        caseNumber: r.caseId ? formatCaseNumber(r.caseId) : '—',
        summary: r.summary,
        acceptor: surnameInitials(nameFromFull(r.acceptedBy.fullName)),
        due: r.dueDate,
        status: t(`statuses.${r.status}`),
        answer: r.answer ? `${r.answer.outgoingNumber} (${formatDate(r.answer.postedOn, lang)})` : '',
      })),
    },
    ctx,
    labels(i18n, lang),
  );
  await deliverPdf(bytes, {
    title: labels(i18n, lang).journal.title,
    fileName: `complaints-journal-${input.from}-${input.to}-${lang}`,
  });
  return inPeriod.length;
}
