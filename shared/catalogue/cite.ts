/**
 * A catalogue source ('3.1 §17 item 6', digest numbering) cited as a citizen reads the regulation:
 * the service regulation's paragraph and sub-item, never the digest's section numbers.
 */
import type { LocalText } from '../i18n/lang';

const SOURCE = /^3\.\d\s+§(\d+)(?:\.(\d+))?(?:\s+item\s+(\d+))?/;

/** «подпунктом 6) пункта 17 регламента …» / «… 17-тармағының 6) тармақшасы бойынша», or null. */
export function requiredBy(source: string): Omit<LocalText, 'kkReview'> | null {
  const m = SOURCE.exec(source);
  if (!m) return null;
  const paragraph = m[1]!;
  const item = m[2] ?? m[3];
  return item
    ? {
        ru: `подпунктом ${item}) пункта ${paragraph} регламента государственной услуги`,
        kk: `мемлекеттік көрсетілетін қызмет регламентінің ${paragraph}-тармағының ${item}) тармақшасы бойынша`,
      }
    : {
        ru: `пунктом ${paragraph} регламента государственной услуги`,
        kk: `мемлекеттік көрсетілетін қызмет регламентінің ${paragraph}-тармағы бойынша`,
      };
}
