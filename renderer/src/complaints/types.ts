/** Rows of the complaints tables (Dexie version 5, see schema.ts). */
import type { Complaint } from '@shared/complaints';
import type { ComplaintForm } from '@shared/complaints/validate';

/** A complaint with the fields its indexes need, derived on every write. */
export interface ComplaintRow extends Complaint {
  /** Folded surname (shared/case/search foldSurname) for the journal's search. */
  surnameFold: string;
  /** The complainant's IIN ('' when none), indexed. */
  iin: string;
  updatedAt: number;
}

/** A registration form interrupted: kept as typed, per user, like intake drafts. */
export interface ComplaintDraftRow {
  id: string;
  userId: string;
  form: ComplaintForm;
  label: string;
  createdAt: number;
  updatedAt: number;
}
