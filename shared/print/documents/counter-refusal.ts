/**
 * Note handed back with an incomplete package at the counter (issue 4, item 3): which documents are
 * missing or faulty and why, for which service, who refused and when.
 */
import type { LocalText } from '../../i18n/lang';
import { formatDateTime } from '../../i18n/format';
import { local, type PrintContext } from '../context';
import { labelValue, officeHeader, signatureLine, title } from '../layout/blocks';
import { table } from '../layout/table';
import { A4, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import { fullName, type PersonName } from '../person';
import type { PrintOffice } from '../office';
import { officeLines } from './common';

export interface CounterRefusalData {
  /** Instant of the refusal. */
  at: number;
  service: LocalText;
  /** Absent when the applicant left before their details were taken. */
  applicant?: PersonName;
  missing: { document: LocalText | string; reason: LocalText | string }[];
  inspector: PersonName;
  office: PrintOffice;
}

export async function buildCounterRefusal(data: CounterRefusalData, ctx: PrintContext): Promise<Uint8Array> {
  if (data.missing.length === 0) throw new RangeError('A refusal at the counter lists at least one document');
  const { lang, labels } = ctx;
  const L = labels.refusal;
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(15), bottom: mm(15), left: mm(20), right: mm(15) },
    title: L.title,
    lang,
  });
  officeHeader(w, officeLines(data.office, ctx));
  w.space(6);
  title(w, L.title, L.subtitle);
  const row = (label: string, value: string) => labelValue(w, label, value, { labelWidth: mm(50), after: 3 });
  row(L.at, formatDateTime(data.at, lang));
  row(L.service, local(data.service, lang));
  if (data.applicant) row(L.applicant, fullName(data.applicant));
  w.space(6);
  w.text(`${L.missing}:`, { bold: true, after: 3 });
  table(
    w,
    [
      { title: L.colNo, weight: 1, align: 'right' },
      { title: L.colDocument, weight: 11 },
      { title: L.colReason, weight: 8 },
    ],
    data.missing.map((m, i) => [String(i + 1), local(m.document, lang), local(m.reason, lang)]),
  );
  w.space(8);
  w.text(L.advice, { after: 8 });
  signatureLine(w, { label: L.inspector, name: fullName(data.inspector), caption: labels.common.signature });
  signatureLine(w, {
    label: L.received,
    name: data.applicant && fullName(data.applicant),
    caption: labels.common.signature,
  });
  return w.save();
}
