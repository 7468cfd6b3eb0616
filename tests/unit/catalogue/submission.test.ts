/**
 * Originals and copies per service (issue 14, defect 1): the catalogue says what each document asks
 * (digest 6.1 "Originals handling"), and completeness counts a document only when that was ticked.
 */
import { describe, expect, it } from 'vitest';
import {
  SUBMISSION_RULES,
  SUBMISSION_TEXT,
  applyOverrides,
  checklist,
  defaultCatalogue,
  markedCompleteness,
  missingPart,
  receivedText,
  submissionRule,
  type DocumentMarks,
  type ServiceId,
  type SubmissionRule,
} from '@shared/catalogue';

const cat = defaultCatalogue();

// [service, its rule, the paragraph, a document that follows the rule, documents the office keeps]
const TABLE: [ServiceId, SubmissionRule, string, string, string[]][] = [
  ['housing-assistance', 'original-and-copy', '3.1 §17', 'identity-copy', ['application']],
  ['maslikhat-social-aid', 'either', '6.1', 'example-identity', ['example-application']],
  ['employment-referral', 'original-shown', '3.3 §12', 'identity', []],
  [
    'targeted-social-assistance',
    'original-and-copy',
    '3.4 §15',
    'residence-registration',
    ['application', 'family-composition', 'family-income', 'subsidiary-farm'],
  ],
  [
    'asp-recipient-certificate',
    'original-and-copy-or-notarised-copy',
    '3.5 §13',
    'identity-copy',
    ['application'],
  ],
  ['disability-sanatorium', 'copy-kept', '3.6 §13', 'identity-copy', ['application', 'address-certificate']],
  ['disability-wheelchair', 'original-and-copy', '3.7 §14', 'ipr', ['application', 'power-of-attorney']],
  [
    'disability-assistant-sign-language',
    'original-and-copy',
    '3.8 §13',
    'identity',
    ['application', 'power-of-attorney'],
  ],
  [
    'child-benefit-under-18',
    'original-scanned',
    '3.9 §11',
    'identity',
    ['application', 'family-composition', 'family-income'],
  ],
];

const none: DocumentMarks = { original: false, copy: false };
const onlyCopy: DocumentMarks = { original: false, copy: true };
const onlyOriginal: DocumentMarks = { original: true, copy: false };
const both: DocumentMarks = { original: true, copy: true };
const notarised: DocumentMarks = { original: false, copy: false, notarisedCopy: true };

// What each rule accepts: none, copy only, original only, both, a notarised copy alone.
const ACCEPTS: Record<SubmissionRule, [boolean, boolean, boolean, boolean, boolean]> = {
  'original-kept': [false, false, true, true, false],
  'copy-kept': [false, true, false, true, false],
  'original-and-copy': [false, false, false, true, false],
  'original-and-copy-or-notarised-copy': [false, false, false, true, true],
  'original-shown': [false, false, true, true, false],
  'original-scanned': [false, false, true, true, false],
  either: [false, true, true, true, false],
};

describe('submission rules (what the desk must tick)', () => {
  it.each(SUBMISSION_RULES.map((r) => [r]))('%s', (rule) => {
    const got = [none, onlyCopy, onlyOriginal, both, notarised].map((m) => missingPart(rule, m) === null);
    expect(got).toEqual(ACCEPTS[rule]);
    expect(SUBMISSION_TEXT[rule].ru.trim()).not.toBe('');
    expect(SUBMISSION_TEXT[rule].kk.trim()).not.toBe('');
  });
});

describe.each(TABLE)('%s: documents as the regulation asks (%s, %s)', (id, rule, para, sample, kept) => {
  const service = cat.services[id];
  it(`the service's rule cites ${para}`, () => {
    expect(service.submission.rule).toBe(rule);
    expect(service.submission.source).toContain(para.split(' ')[0]!);
  });
  it('a document follows the service rule; the office keeps the forms it fills in', () => {
    const doc = service.documents.find((d) => d.id === sample)!;
    expect(submissionRule(service, doc)).toBe(rule);
    for (const k of kept) {
      expect(
        submissionRule(
          service,
          service.documents.find((d) => d.id === k)!,
        ),
      ).toBe('original-kept');
    }
  });
  it('completeness refuses what the rule does not accept, and accepts what it does', () => {
    const list = checklist(cat, id, service.subTypes[0]?.id ?? null, {});
    const marksFor = (m: DocumentMarks) => Object.fromEntries(list.required.map((d) => [d.id, m]));
    const required = list.required.filter((d) => submissionRule(service, d) === rule);
    if (required.length === 0) return;
    const [, copyOk, originalOk] = ACCEPTS[rule];
    const byCopy = markedCompleteness(service, list, marksFor(onlyCopy));
    expect(byCopy.missing.some((m) => m.item.id === required[0]!.id)).toBe(!copyOk);
    const byOriginal = markedCompleteness(service, list, marksFor(onlyOriginal));
    expect(byOriginal.missing.some((m) => m.item.id === required[0]!.id)).toBe(!originalOk);
    expect(markedCompleteness(service, list, marksFor(both)).complete).toBe(true);
  });
});

describe('the reason says which part is missing, in both languages', () => {
  it('housing: a copy without the original is "original not shown"', () => {
    const service = cat.services['housing-assistance'];
    const list = checklist(cat, 'housing-assistance', null, { dwelling: 'individual-house' });
    const marks = Object.fromEntries(list.required.map((d) => [d.id, both]));
    marks['identity-copy'] = onlyCopy;
    const c = markedCompleteness(service, list, marks);
    expect(c.complete).toBe(false);
    expect(c.missing.map((m) => m.item.id)).toEqual(['identity-copy']);
    expect(c.missing[0]!.reason.ru).toContain('Не предъявлен подлинник');
    expect(c.missing[0]!.reason.kk).toContain('Түпнұсқа көрсетілмеген');
  });
  it('АСП certificate (3.5 §13): a notarised copy alone is enough', () => {
    const service = cat.services['asp-recipient-certificate'];
    const list = checklist(cat, 'asp-recipient-certificate', null, {});
    const marks = Object.fromEntries(
      list.required.map((d) => [d.id, d.id === 'application' ? onlyOriginal : notarised]),
    );
    expect(markedCompleteness(service, list, marks).complete).toBe(true);
  });
});

describe('printed on the receipt', () => {
  it('says what was handed in', () => {
    expect(receivedText('original-and-copy', both)).toEqual({
      ru: 'копия; подлинник сверен и возвращён',
      kk: 'көшірме; түпнұсқа салыстырылып, қайтарылды',
      kkReview: true,
    });
    expect(receivedText('original-and-copy-or-notarised-copy', notarised).ru).toBe(
      'нотариально заверенная копия',
    );
    expect(receivedText('original-kept', onlyOriginal).ru).toBe('подлинник');
  });
});

describe('administrator overrides reach the rule', () => {
  it('a service rule and a document rule can be changed', () => {
    const changed = applyOverrides(cat, {
      services: {
        'disability-sanatorium': { submission: 'original-and-copy' },
        'housing-assistance': {
          documents: {
            upsert: [{ ...cat.services['housing-assistance'].documents[1]!, submission: 'copy-kept' }],
          },
        },
      },
    });
    const sanatorium = changed.services['disability-sanatorium'];
    expect(submissionRule(sanatorium, sanatorium.documents[1]!)).toBe('original-and-copy');
    const housing = changed.services['housing-assistance'];
    expect(submissionRule(housing, housing.documents[1]!)).toBe('copy-kept');
  });
});
