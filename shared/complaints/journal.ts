/**
 * The journal of appeals as lists: search by number, IIN or folded surname (as the case journal),
 * filters by status and kind, and where each open complaint stands against its due date.
 */
import { foldSurname } from '../case/search';
import type { Complaint, ComplaintKind, ComplaintStatus } from './record';
import { isOpenComplaint } from './record';

export interface ComplaintFilter {
  query?: string;
  status?: ComplaintStatus | '';
  kind?: ComplaintKind | '';
}

/** True when the complaint matches the query (digits: number or IIN prefix; else folded surname prefix). */
export function matchesComplaintQuery(c: Pick<Complaint, 'id' | 'complainant'>, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  const digits = q.replace(/[\s-]/g, '');
  if (/^\d+$/.test(digits)) return c.id.startsWith(digits) || c.complainant.iin.startsWith(digits);
  return foldSurname(c.complainant.surname).startsWith(foldSurname(q));
}

export function filterComplaints<T extends Complaint>(rows: readonly T[], f: ComplaintFilter): T[] {
  return rows
    .filter(
      (c) =>
        (!f.status || c.status === f.status) &&
        (!f.kind || c.kind === f.kind) &&
        matchesComplaintQuery(c, f.query ?? ''),
    )
    .sort((a, b) => b.registeredAt - a.registeredAt);
}

export { isOpenComplaint };
