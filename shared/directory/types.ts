import type { LocalText } from '../i18n/lang';

/** Office types (docs/decisions.md, offices and workstations). */
export type OfficeType = 'department' | 'district' | 'center';

/** Almaty city districts of the regulations (digest 5.2): seven in 2012. */
export const CITY_DISTRICTS = [
  'alatau',
  'almaly',
  'auezov',
  'bostandyk',
  'zhetysu',
  'medeu',
  'turksib',
] as const;
export type CityDistrict = (typeof CITY_DISTRICTS)[number];

export interface OfficeHours {
  /** Working weekdays, ISO numbering (1 = Monday … 7 = Sunday). */
  days: number[];
  open: string; // "09:00"
  close: string; // "18:00"
  lunch?: { from: string; to: string };
  text: LocalText;
}

export interface Office {
  /** Fixed two-digit code from the shipped table; nobody types it. */
  code: string;
  type: OfficeType;
  /** District served (district office) or where the ЦОН branch stands; absent for city-level offices. */
  district?: CityDistrict;
  name: LocalText;
  shortName: LocalText;
  address: LocalText;
  phones: string[];
  /** Alternatives printed in other appendices (docs/decisions.md, directory). */
  secondaryPhones: string[];
  emails: string[];
  /** E-mails printed in a minority of appendices (digest 6.5 items 47-48). */
  secondaryEmails?: string[];
  /** What a phone is for, when the appendix says (e.g. a ЦОН's operating hall); keyed by the phone. */
  phoneNotes?: Readonly<Record<string, LocalText>>;
  hours: OfficeHours;
  /** Digest paragraph the row comes from. */
  source: string;
}
