/**
 * Parts both printed application forms share (digest 4.1 and 4.2): registration mark, addressee
 * block, title, the liability warning, date and signature, and the tear-off slip.
 */
import type { LocalText } from '../../i18n/lang';
import type { LocalDate } from '../../time/almaty';
import { checkCaseNumber } from '../case-number';
import { local, type PrintContext } from '../context';
import { fill } from '../labels';
import { choice, formField, signatureLine, title } from '../layout/blocks';
import { A4, mm } from '../layout/units';
import { PdfWriter } from '../layout/writer';
import { fullName, type PersonName } from '../person';
import { longDate, shortDate } from './common';
import { tearOffSlip, type IntakeMark } from './tear-off-slip';

/**
 * The request line with its options where the label's {{choice}} stands: after «Прошу …:» in
 * Russian, before «… сұраймын» in Kazakh, whose verb comes last.
 */
export function requestChoice(
  w: PdfWriter,
  template: string,
  options: { text: string; selected: boolean }[],
  hint: string,
): void {
  const [before = '', after = ''] = template.split('{{choice}}');
  // With nothing before them, the options open the sentence.
  const opts = before.trim()
    ? options
    : options.map((o, i) => (i === 0 ? { ...o, text: o.text.charAt(0).toUpperCase() + o.text.slice(1) } : o));
  choice(w, before.trim(), opts, hint, after.trim() ? { after: after.trim() } : {});
}

export type DisabilityGroup = 1 | 2 | 3;
export const GROUP_NUMERALS: Record<DisabilityGroup, string> = { 1: 'I', 2: 'II', 3: 'III' };

export interface IdDocument {
  number: string;
  issuedBy: string;
  issuedOn: LocalDate;
}

/** Fields common to both forms. */
export interface ApplicationBase {
  /**
   * The district office in the grammatical form the addressee line needs: Russian genitive after
   * «Руководителю» («Ауэзовского районного отдела …»), Kazakh genitive before «басшысына».
   */
  addressee: LocalText;
  /** Head's name on the free line under the addressee (H2); blank when absent. */
  headName?: string;
  applicant: PersonName;
  idDocument?: IdDocument;
  iin?: string;
  address: string;
  phone?: string;
  applicationDate: LocalDate;
  /** The trusted person who filed the application, when not the applicant (digest 3.7, 3.8). */
  proxy?: PersonName;
  intake: IntakeMark;
}

export const FORM_FONT = 10;

export async function openForm(
  data: ApplicationBase,
  ctx: PrintContext,
  docTitle: string,
): Promise<PdfWriter> {
  checkCaseNumber(data.intake.caseNumber);
  const w = await PdfWriter.create(ctx.fonts, {
    size: A4,
    margins: { top: mm(15), bottom: mm(12), left: mm(20), right: mm(15) },
    title: docTitle,
    lang: ctx.lang,
    fontSize: FORM_FONT,
  });
  const L = ctx.labels.application;
  w.text(
    fill(L.registration, {
      number: data.intake.caseNumber.display,
      date: shortDate(data.intake.registeredOn, ctx),
    }),
    { size: 8, gray: 0.25, after: 4 },
  );
  return w;
}

/** Runs `fn` in the right-hand column where paper applications put the addressee. */
export function rightColumn(w: PdfWriter, fn: () => void): void {
  const box = { ...w.frame, top: w.y, left: w.frame.left + w.width * 0.42 };
  w.y = w.inFrame(box, fn);
}

export function addressee(w: PdfWriter, data: ApplicationBase, ctx: PrintContext): void {
  w.text(fill(ctx.labels.application.addressee, { office: local(data.addressee, ctx.lang) }), { after: 2 });
  formField(w, '', data.headName);
}

export function idFields(
  w: PdfWriter,
  id: IdDocument | undefined,
  numberLabel: string,
  ctx: PrintContext,
): void {
  const L = ctx.labels.application;
  formField(w, numberLabel, id?.number);
  formField(
    w,
    L.idIssued,
    id && fill(L.idIssuedValue, { by: id.issuedBy, date: shortDate(id.issuedOn, ctx) }),
  );
}

export function formTitle(w: PdfWriter, ctx: PrintContext): void {
  w.space(8);
  title(w, ctx.labels.application.title, undefined, 14);
}

/** Warning, date, signature, proxy, then the tear-off slip. */
export function closing(
  w: PdfWriter,
  data: ApplicationBase,
  ctx: PrintContext,
  signatureCaption: string,
): void {
  const L = ctx.labels.application;
  w.space(4);
  w.text(L.liability, { after: 6 });
  if (data.proxy) formField(w, `${L.proxy}:`, fullName(data.proxy));
  signatureLine(w, {
    name: longDate(data.applicationDate, ctx),
    caption: signatureCaption,
    lineWidth: mm(85),
  });
  w.space(6);
  tearOffSlip(w, data.intake, data.applicant, ctx);
}
