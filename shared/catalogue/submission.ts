/**
 * Originals and copies (issue 14, defect 1): what a document's rule asks the desk to tick, whether
 * the ticks satisfy it, and the words shown in the document check and printed on the receipt.
 */
import type { LocalText } from '../i18n/lang';
import type { ChecklistResult, Completeness, MissingItem } from './checklist';
import type { DocumentItem, ServiceDef, SubmissionRule } from './types';
import { requiredBy } from './cite';

/** What the desk ticked for one document. */
export interface DocumentMarks {
  original: boolean;
  copy: boolean;
  notarisedCopy?: boolean;
}

const t = (ru: string, kk: string): LocalText => ({ ru, kk, kkReview: true });

/** The rule of an item: its own, else the service's. */
export function submissionRule(service: Pick<ServiceDef, 'submission'>, doc: DocumentItem): SubmissionRule {
  return doc.submission ?? service.submission.rule;
}

/** Shown under the document's name in the document check. */
export const SUBMISSION_TEXT: Record<SubmissionRule, LocalText> = {
  'original-kept': t('Подлинник остаётся в деле', 'Түпнұсқа іс-қағазда қалады'),
  'copy-kept': t('Копия остаётся в деле', 'Көшірме іс-қағазда қалады'),
  'original-and-copy': t(
    'Копия остаётся в деле; подлинник — для сверки, возвращается',
    'Көшірме іс-қағазда қалады; түпнұсқа салыстыру үшін, қайтарылады',
  ),
  'original-and-copy-or-notarised-copy': t(
    'Копия и подлинник для сверки (подлинник возвращается) либо нотариально заверенная копия',
    'Көшірме және салыстыру үшін түпнұсқа (түпнұсқа қайтарылады) не нотариат куәландырған көшірме',
  ),
  'original-shown': t('Подлинник предъявляется, возвращается', 'Түпнұсқа көрсетіледі, қайтарылады'),
  'original-scanned': t('Подлинник сканируется и возвращается', 'Түпнұсқа сканерленеді және қайтарылады'),
  either: t('Подлинник или копия', 'Түпнұсқа не көшірме'),
};

/** Which ticks a rule needs: null when satisfied, else what is still missing. */
export function missingPart(
  rule: SubmissionRule,
  m: DocumentMarks | undefined,
): 'original' | 'copy' | 'original-and-copy' | 'original-or-copy' | null {
  const o = m?.original === true;
  const c = m?.copy === true;
  switch (rule) {
    case 'original-kept':
    case 'original-shown':
    case 'original-scanned':
      return o ? null : 'original';
    case 'copy-kept':
      return c ? null : 'copy';
    case 'original-and-copy-or-notarised-copy':
      if (m?.notarisedCopy) return null;
      return o && c ? null : o ? 'copy' : c ? 'original' : 'original-and-copy';
    case 'original-and-copy':
      return o && c ? null : o ? 'copy' : c ? 'original' : 'original-and-copy';
    case 'either':
      return o || c ? null : 'original-or-copy';
  }
}

/** Whether anything was ticked for the document at all. */
export const anyMark = (m: DocumentMarks | undefined): boolean =>
  m !== undefined && (m.original || m.copy || m.notarisedCopy === true);

const PART_TEXT = {
  original: t('не предъявлен подлинник', 'түпнұсқа көрсетілмеген'),
  copy: t('не получена копия', 'көшірме алынбаған'),
  'original-and-copy': t('не представлены копия и подлинник', 'көшірме мен түпнұсқа ұсынылмаған'),
  'original-or-copy': t('не представлен', 'ұсынылмаған'),
} as const;

/** Why a document is missing, cited as a citizen reads the regulation; the name is not repeated. */
function reason(doc: DocumentItem, part: keyof typeof PART_TEXT): LocalText {
  const by = requiredBy(doc.source);
  const what = { ru: capitalise(PART_TEXT[part].ru), kk: capitalise(PART_TEXT[part].kk) };
  return by
    ? { ru: `${what.ru}: требуется ${by.ru}`, kk: `${what.kk}: ${by.kk} талап етіледі`, kkReview: true }
    : { ru: what.ru, kk: what.kk, kkReview: true };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Completeness by the rule of each document: a required item counts only when what its rule asks
 * was ticked (a copy alone is not enough where the original must be checked).
 */
export function markedCompleteness(
  service: Pick<ServiceDef, 'submission'>,
  result: ChecklistResult,
  marks: Readonly<Record<string, DocumentMarks | undefined>>,
): Completeness {
  const missing: MissingItem[] = [];
  for (const item of result.required) {
    const part = missingPart(submissionRule(service, item), marks[item.id]);
    if (part) missing.push({ item, reason: reason(item, part) });
  }
  const listed = new Set([...result.required, ...result.optional].map((d) => d.id));
  const unexpected = Object.entries(marks)
    .filter(([id, m]) => anyMark(m) && !listed.has(id))
    .map(([id]) => id)
    .sort();
  return { complete: missing.length === 0, missing, unexpected };
}

/** What was received, for the receipt's list: «копия; подлинник сверен и возвращён». */
export function receivedText(rule: SubmissionRule, m: DocumentMarks): LocalText {
  const parts: LocalText[] = [];
  if (m.notarisedCopy) parts.push(t('нотариально заверенная копия', 'нотариат куәландырған көшірме'));
  if (m.copy) parts.push(t('копия', 'көшірме'));
  if (m.original) {
    parts.push(
      rule === 'original-kept'
        ? t('подлинник', 'түпнұсқа')
        : rule === 'original-scanned'
          ? t('подлинник отсканирован и возвращён', 'түпнұсқа сканерленіп, қайтарылды')
          : t('подлинник сверен и возвращён', 'түпнұсқа салыстырылып, қайтарылды'),
    );
  }
  return { ru: parts.map((p) => p.ru).join('; '), kk: parts.map((p) => p.kk).join('; '), kkReview: true };
}
