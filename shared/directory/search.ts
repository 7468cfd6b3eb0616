import type { LocalText } from '../i18n/lang';
import { DISTRICT_NAMES } from './districts';
import type { Office } from './types';

/**
 * Staff type a fragment of a name, an address or a phone, in either language and often on the
 * wrong keyboard layout; so both languages are searched and Kazakh letters fold to their Russian
 * look-alikes («Жетысу» finds «Жетісу»).
 */
const KK_FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[әғқңөұүһіё]/g, (c) => KK_FOLD[c] ?? c)
    .replace(/[«»"'()[\],.;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

const PHONE_LIKE = /^[\d+\-\s()]+$/;

/** A whole phone as typed, "+7 727 …" being the same as "8 727 …". */
function phoneQueryDigits(query: string): string {
  const d = digits(query);
  return query.trim().startsWith('+7') ? `8${d.slice(1)}` : d;
}

function both(t: LocalText): string {
  return `${t.ru} ${t.kk}`;
}

function haystack(office: Office): { text: string; phones: string } {
  const parts = [
    office.code,
    both(office.name),
    both(office.shortName),
    both(office.address),
    ...office.emails,
    ...(office.secondaryEmails ?? []),
  ];
  if (office.district) parts.push(both(DISTRICT_NAMES[office.district].name));
  const phones = [...office.phones, ...office.secondaryPhones].map(digits).join(' ');
  return { text: foldText(parts.join(' ')), phones };
}

/** True when `query` is one of the office's phones (any spelling), or every word occurs in its texts or phones. */
export function officeMatches(office: Office, query: string): boolean {
  const tokens = foldText(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return true;
  const { text, phones } = haystack(office);
  if (PHONE_LIKE.test(query)) {
    const d = phoneQueryDigits(query);
    if (d.length >= 2 && phones.includes(d)) return true;
  }
  return tokens.every((token) => {
    if (text.includes(token)) return true;
    const d = digits(token);
    return PHONE_LIKE.test(token) && d.length >= 2 && phones.includes(d);
  });
}

export function searchOffices(offices: readonly Office[], query: string): Office[] {
  return offices.filter((o) => officeMatches(o, query));
}
