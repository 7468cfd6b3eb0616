/** Shape checks shared by IIN and BIN: the validators report what the user typed, they do not fix it. */
export type FormatErrorCode = 'empty' | 'whitespace' | 'non-digit' | 'length';

/**
 * Whitespace is reported (the typing and scanning UI strips it before calling, so here it means an
 * unexpected input), and the remaining checks still run on the input without it so every problem is
 * listed at once. Length is judged after removing whitespace, so "95061530000O" is only a non-digit.
 */
export function formatErrors(input: string): { errors: FormatErrorCode[]; digits: string | null } {
  if (input.trim() === '') return { errors: ['empty'], digits: null };
  const errors: FormatErrorCode[] = [];
  const compact = input.replace(/\s/g, '');
  if (compact !== input) errors.push('whitespace');
  // Only ASCII digits: Arabic-Indic or full-width digits would pass \d in some engines' Unicode modes.
  if (/[^0-9]/.test(compact)) errors.push('non-digit');
  if (compact.length !== 12) errors.push('length');
  const ok = !errors.includes('non-digit') && !errors.includes('length');
  return { errors, digits: ok ? compact : null };
}
