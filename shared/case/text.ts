/**
 * Characters a person cannot see or that reorder what they see: C0/C1 controls, format characters
 * (zero-width space and joiners, word joiner, soft hyphen, byte-order mark, bidi marks, embeddings,
 * overrides and isolates), line/paragraph separators, and blank "letters" (Hangul fillers,
 * variation selectors, the combining grapheme joiner). In a name they let «Ива\u200Bнов» pass for
 * «Иванов» or show a name reversed (issue 10, defect 7).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]|\u034F|\p{Variation_Selector}/u;
/** What folds out of a search key: the invisible ones that are not whitespace. */
const FOLDED_OUT =
  /(?![\t\n\v\f\r\u2028\u2029])[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]|\u034F|\p{Variation_Selector}/gu;

export function hasInvisibleCharacters(value: string): boolean {
  return INVISIBLE.test(value);
}

/** The text without invisible characters; whitespace controls (tab, line breaks) stay for \s. */
export function withoutInvisible(value: string): string {
  return value.replace(FOLDED_OUT, '');
}
