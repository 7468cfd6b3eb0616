/**
 * A stable key for a person, for indexing and the "open case for the same person and service" check
 * (docs/decisions.md, identity and numbering). The IIN is the primary identifier; a person without
 * one (some foreigners, stateless persons, refugees) is keyed by the identity document's type and number.
 */
import { validateIin } from './validate-iin';

/** Identity documents of the regulations' document lists; other ids are allowed if kebab-case. */
export const IDENTITY_DOC_TYPES = [
  'id-card',
  'passport',
  'foreign-passport',
  'residence-permit',
  'stateless-certificate',
  'refugee-certificate',
] as const;
export type IdentityDocType = (typeof IDENTITY_DOC_TYPES)[number];

export interface IdentityDocument {
  docType: IdentityDocType | (string & {});
  docNumber: string;
}

/** Cyrillic letters that look like Latin ones: a number typed in either layout gives the same key. */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
};

/** Upper case, homoglyphs folded, separators (spaces, dashes, dots, slashes, №) dropped. */
export function normalizeDocNumber(docNumber: string): string {
  // № goes before NFKC, which would turn it into "No".
  return docNumber
    .replace(/№/g, '')
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐-―./\\#]/g, '')
    .replace(/[АВЕКМНОРСТУХ]/g, (ch) => CYRILLIC_TO_LATIN[ch]!);
}

/**
 * `iin:<12 digits>` or `doc:<type>:<normalized number>`. Throws RangeError for an invalid IIN
 * (whitespace is tolerated here: the key is for lookup, validation happened on the form) or an empty
 * document number, so a bad value never becomes an index key.
 */
export function personKey(id: string | IdentityDocument): string {
  if (typeof id === 'string') {
    const r = validateIin(id.replace(/\s/g, ''));
    if (!r.valid || r.digits === null) throw new RangeError(`Not a valid IIN: ${r.errors.join(', ')}`);
    return `iin:${r.digits}`;
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id.docType)) {
    throw new RangeError(`Document type must be a kebab-case id, got "${id.docType}"`);
  }
  const number = normalizeDocNumber(id.docNumber);
  if (number === '') throw new RangeError('Empty document number');
  return `doc:${id.docType}:${number}`;
}
