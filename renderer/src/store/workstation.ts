/** Workstation kind and desk code (docs/decisions.md, offices and workstations). */
import type { Workstation } from '../db/types';

export const MAIN_DESK_CODE = '00';

/** Desk codes 01-99; the main workstation is always 00. Accepts "3" as "03". */
export function normalizeDeskCode(workstation: Workstation, raw: string): string | null {
  if (workstation === 'main') return MAIN_DESK_CODE;
  const text = raw.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= 99 ? String(n).padStart(2, '0') : null;
}
