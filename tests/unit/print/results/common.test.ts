import { describe, expect, it } from 'vitest';
import { paragraphOf, pluralCategory, refusalGroundsOf } from '@shared/print/documents/results';
import { service } from './fixtures';

describe('result-document helpers', () => {
  it.each([
    ['3.1 §13 refusal 1', '13'],
    ['3.9 §11.2', '11.2'],
    ['3.9 §10 refusal (unnumbered)', '10'],
    ['3.3 §1, §10', '1'],
    ['6.1 representatives', null],
  ])('paragraphOf(%j) → %s', (source, paragraph) => {
    expect(paragraphOf(source)).toBe(paragraph);
  });

  it.each([
    [1, 'ru', 'one'],
    [2, 'ru', 'few'],
    [3, 'ru', 'few'],
    [5, 'ru', 'many'],
    [11, 'ru', 'many'],
    [12, 'ru', 'many'],
    [21, 'ru', 'one'],
    [22, 'ru', 'few'],
    [1.5, 'ru', 'other'],
    [1, 'kk', 'one'],
    [2, 'kk', 'other'],
  ] as const)('pluralCategory(%s, %s) → %s', (n, lang, category) => {
    expect(pluralCategory(n, lang)).toBe(category);
  });

  it('refusalGroundsOf keeps the catalogue order and accepts numbers or sources', () => {
    const child = service('child-benefit-under-18');
    const grounds = refusalGroundsOf(child, ['3.9 §10 refusal (unnumbered)', '2']);
    expect(grounds.map((g) => g.number)).toEqual(['2', null]);
    expect(() => refusalGroundsOf(child, ['9'])).toThrow(/Unknown/);
  });
});
