/**
 * Surname search key: case folded, ё→е, and Kazakh letters folded to their Russian look-alikes
 * (issue 4, journal), so «Касымов» finds «Қасымов» through an index prefix query; zero-width and
 * bidi characters dropped, so «Иванов» finds «Ива\u200Bнов» (issue 10).
 */
import { withoutInvisible } from './text';

const FOLD: Record<string, string> = {
  ё: 'е',
  қ: 'к',
  ә: 'а',
  ү: 'у',
  ұ: 'у',
  ө: 'о',
  ғ: 'г',
  ң: 'н',
  і: 'и',
  һ: 'х',
};

export function foldSurname(value: string): string {
  return withoutInvisible(value)
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[ёқәүұөғңіһ]/g, (ch) => FOLD[ch]!)
    .replace(/\s+/g, ' ');
}
