/**
 * Saved file names, one scheme (issue 16, item 15): the document kind in the user's language, then
 * its number as people read it — `расписка-22-00-0-26-000002-1.pdf`, `реестр-22-12-0001.asreg`,
 * `қолхат-…` in Kazakh. Never a timestamp, never English.
 */
import { formatCaseNumber } from '@shared/case-number';
import { fingerprintDigitsOf } from '@shared/crypto/office-keys';
import { formatDate } from '@shared/i18n/format';
import type { Lang } from '@shared/i18n/lang';
import type { DocumentKind } from '@shared/lifecycle/service-flows';
import { createI18n } from '../i18n';

let cached: { lang: Lang; t: (key: string) => string } | null = null;
function tr(lang: Lang): (key: string) => string {
  if (cached?.lang !== lang) {
    const i18n = createI18n(lang);
    cached = { lang, t: (key) => i18n.getFixedT(lang)(key) };
  }
  return cached.t;
}

/** Spaces and anything a file system dislikes become dashes; letters of any script stay. */
function join(...parts: string[]): string {
  return parts
    .map((p) => p.trim().replace(/[^\p{L}\p{N}.-]+/gu, '-'))
    .filter(Boolean)
    .join('-')
    .replace(/-{2,}/g, '-');
}

/** A case document: the word comes from the caller's table (intake print.files, in the same language). */
export function caseDocumentFileName(word: string, caseId: string): string {
  return join(word, formatCaseNumber(caseId, '-'));
}

/** A counter refusal has no case number: the office, the date and the refusal's own number. */
export function counterRefusalFileName(word: string, officeCode: string, at: number, id?: number): string {
  return join(word, officeCode, formatDate(at, 'ru').replaceAll('.', '-'), id ? String(id) : '');
}

export function resultFileName(kind: DocumentKind, caseId: string, lang: Lang): string {
  return join(tr(lang)(`files:results.${kind}`), formatCaseNumber(caseId, '-'));
}

export function registryFileName(registryNumber: string, lang: Lang, payment = false): string {
  return `${join(tr(lang)(payment ? 'files:paymentRegistry' : 'files:registry'), registryNumber)}.asreg`;
}

export function registrySheetFileName(registryNumber: string, lang: Lang): string {
  return join(tr(lang)('files:registrySheet'), registryNumber);
}

export function paymentRequestFileName(registryNumber: string, lang: Lang): string {
  return join(tr(lang)('files:paymentRequest'), registryNumber);
}

export function officeCardFileName(
  card: { officeCode: string; deskCode?: string | undefined; keyId: string },
  lang: Lang,
): string {
  const t = tr(lang);
  const desk = card.deskCode ? [t('files:desk'), card.deskCode] : [];
  // The first group of the fingerprint people read aloud tells two cards apart, in digits.
  const key = fingerprintDigitsOf(card.keyId).slice(0, 5);
  return `${join(t('files:officeCard'), card.officeCode, ...desk, key)}.json`;
}
