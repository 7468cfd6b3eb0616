/**
 * The same IIN under another name (issue 16, item 6): earlier cases of the IIN whose applicant's name
 * differs from the one typed now. Spelling that only differs in case, ё or Kazakh letters (Қасымов /
 * Касымов) is the same name; a patronymic counts only when both have one.
 */
import { fullName, type PersonName } from '@shared/case/intake';
import { foldSurname } from '@shared/case/search';

export interface EarlierName {
  name: string;
  caseIds: string[];
}

const fold = (s: string) => foldSurname(s).replace(/[‘’'`-]/g, '');

function sameName(a: PersonName, b: PersonName): boolean {
  if (fold(a.surname) !== fold(b.surname) || fold(a.name) !== fold(b.name)) return false;
  const pa = fold(a.patronymic);
  const pb = fold(b.patronymic);
  return pa === '' || pb === '' || pa === pb;
}

export function earlierNames(
  rows: { id: string; intake: { applicant: PersonName } }[],
  current: PersonName,
): EarlierName[] {
  if (current.surname.trim() === '' || current.name.trim() === '') return [];
  const byName = new Map<string, EarlierName>();
  for (const row of rows) {
    const a = row.intake.applicant;
    if (sameName(a, current)) continue;
    const key = fold(fullName(a));
    const entry = byName.get(key) ?? { name: fullName(a), caseIds: [] };
    entry.caseIds.push(row.id);
    byName.set(key, entry);
  }
  return [...byName.values()];
}
