/**
 * What the result documents share: the letter fields, the service's own result name as the title,
 * grounds cited with their number and regulation paragraph, periods, plural words.
 */
import type { YearMonth } from '../../../calendar/periods';
import { evaluate } from '../../../catalogue/condition';
import type { ServiceId } from '../../../catalogue/ids';
import type { Ground, ServiceDef } from '../../../catalogue/types';
import type { Lang, LocalText } from '../../../i18n/lang';
import { formatDate } from '../../../i18n/format';
import { isLocalDate, localDate, parseLocalDate, type LocalDate } from '../../../time/almaty';
import type { PrintCaseNumber } from '../../case-number';
import { local, type PrintContext } from '../../context';
import { fill } from '../../labels';
import type { PrintOffice } from '../../office';
import type { PersonName } from '../../person';

/** The letter part every result document has. */
export interface ResultBase {
  /** The office that issues the document (the district office). */
  office: PrintOffice;
  outgoingNumber: string;
  /** Date of the document. */
  date: LocalDate;
  caseNumber: PrintCaseNumber;
  signer: { position: LocalText | string; name: PersonName };
}

/** A result addressed to the applicant about their application. */
export interface ApplicantResultBase extends ResultBase {
  service: ServiceDef;
  recipient: { name: PersonName; address?: string };
  /** Date of the application (acceptance), cited in the body. */
  applicationDate: LocalDate;
  /** Free text by staff, printed after the body, already in the document's language. */
  remarks?: string;
}

export function requireService(service: ServiceDef, allowed: readonly ServiceId[], what: string): void {
  if (!allowed.includes(service.id))
    throw new RangeError(`${what} is not a result of service "${service.id}"`);
}

export function requireDate(value: LocalDate, what: string): void {
  if (!isLocalDate(value)) throw new RangeError(`${what} is not a date: ${value}`);
}

/** The title: the service's own name for the result (catalogue `results`), in the chosen language. */
export function resultTitle(service: ServiceDef, ids: readonly string[], lang: Lang): string {
  const result = service.results.find((r) => ids.includes(r.id));
  if (!result) throw new RangeError(`Service "${service.id}" has no result among ${ids.join(', ')}`);
  return local(result.name, lang);
}

/** The regulation paragraph in a catalogue source ('3.1 §13 refusal 1' → '13'), or null. */
export function paragraphOf(source: string): string | null {
  return /§\s*(\d+(?:\.\d+)*)/.exec(source)?.[1] ?? null;
}

/**
 * The paragraph of a catalogue source as the regulation numbers it: '3.9 §11.2' is sub-item 2)
 * of paragraph 11 («подп. 2) п. 11 регламента»), never the digest's «11.2».
 */
export function citeParagraph(paragraph: string, ctx: PrintContext): string {
  const L = ctx.labels.results;
  const [p, item] = paragraph.split('.');
  return item ? fill(L.subparagraph, { paragraph: p!, item }) : fill(L.paragraph, { paragraph: p! });
}

/** A ground as cited in a refusal: its text, number and paragraph of the regulation. */
export function groundLine(g: Ground, ctx: PrintContext): string {
  const L = ctx.labels.results;
  const text = local(g.text, ctx.lang);
  const p = paragraphOf(g.source);
  if (p === null) return g.number ? `${text} (№ ${g.number})` : text;
  const paragraph = citeParagraph(p, ctx);
  return g.number
    ? fill(L.groundNumbered, { text, number: g.number, paragraph })
    : fill(L.groundUnnumbered, { text, paragraph });
}

const sameGround = (a: Ground, b: Ground) =>
  a.number === b.number && a.source === b.source && a.text.ru === b.text.ru;

/**
 * Checks that every cited ground is one of the service's refusal grounds and applies to the
 * sub-type (3.3 §10 does not apply to job placement and career guidance).
 */
export function checkRefusalGrounds(service: ServiceDef, grounds: readonly Ground[], subType?: string): void {
  if (grounds.length === 0) throw new RangeError('A refusal cites at least one ground');
  grounds.forEach((g, i) => {
    if (grounds.findIndex((other) => sameGround(other, g)) !== i)
      throw new RangeError(`Ground ${g.number ?? g.source} is cited twice`);
  });
  for (const g of grounds) {
    if (!service.grounds.refusal.some((own) => sameGround(own, g)))
      throw new RangeError(`"${g.text.ru}" is not a refusal ground of service "${service.id}"`);
    if (g.appliesWhen && !evaluate(g.appliesWhen, { subtype: subType }))
      throw new RangeError(`Ground ${g.number ?? g.source} does not apply to sub-type "${subType ?? ''}"`);
  }
}

/**
 * The refusal grounds a decision recorded (CaseState.refusalGrounds), each given as the ground's
 * number ('2') or its catalogue source ('3.9 §10 refusal (unnumbered)'), in the catalogue's order.
 */
export function refusalGroundsOf(service: ServiceDef, refs: readonly string[]): Ground[] {
  const wanted = new Set(refs.map((r) => r.trim()));
  const found = service.grounds.refusal.filter(
    (g) => (g.number !== null && wanted.has(g.number)) || wanted.has(g.source),
  );
  for (const ref of wanted) {
    if (!found.some((g) => g.number === ref || g.source === ref))
      throw new RangeError(`Unknown refusal ground "${ref}" for service "${service.id}"`);
  }
  return found;
}

export const shortDate = (d: LocalDate, lang: Lang): string => formatDate(d, lang, 'short');
export const longDate = (d: LocalDate, lang: Lang): string => formatDate(d, lang, 'long');

/** First and last day of `months` months from `startMonth`. */
export function periodDays(startMonth: YearMonth, months: number): { from: LocalDate; to: LocalDate } {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(startMonth)) throw new RangeError(`Not a month: ${startMonth}`);
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`Not a number of months: ${months}`);
  const { year, month } = parseLocalDate(`${startMonth}-01`);
  return { from: localDate(year, month, 1), to: localDate(year, month + months, 0) };
}

export const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** CLDR plural category: Russian one/few/many, Kazakh one/other (docs/calendar-kz.md, language). */
export function pluralCategory(n: number, lang: Lang): 'one' | 'few' | 'many' | 'other' {
  if (!Number.isInteger(n)) return 'other';
  if (lang === 'kk') return n === 1 ? 'one' : 'other';
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return 'one';
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return 'few';
  return 'many';
}

/** Picks `<base>_<category>` from a label group and fills {{count}}. */
export function plural(group: Record<string, string>, base: string, count: number, lang: Lang): string {
  const template = group[`${base}_${pluralCategory(count, lang)}`] ?? group[`${base}_other`];
  if (template === undefined) throw new Error(`No plural forms for "${base}"`);
  return fill(template, { count });
}

export function checkAmount(value: number): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`Not an amount: ${value}`);
}
