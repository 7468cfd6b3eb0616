/**
 * Registration of a complaint in the journal of appeals (§26), all or nothing in one transaction:
 * the next number of the office's source, the term rule in force, the row, the audit entry and the
 * draft removed. Every check that can refuse runs before the write.
 */
import type { Role } from '@shared/auth/roles';
import type { WorkingCalendar } from '@shared/calendar';
import { foldSurname } from '@shared/case/search';
import {
  complaintAccess,
  complaintDataSchema,
  complaintDueDate,
  complaintSequenceKey,
  makeComplaintNumber,
  MAX_COMPLAINT_SEQUENCE,
  type ComplaintData,
} from '@shared/complaints';
import type { OfficeType } from '@shared/directory/types';
import { toAlmatyDate } from '@shared/time/almaty';
import { auditLog } from '../db/audit';
import type { AppDatabase } from '../db/database';
import { getSetting } from '../db/settings';
import { loadRules } from '../rules/rules';
import { complaintTermInForce, inspectorMayRegister } from './settings';
import type { ComplaintRow } from './types';

export interface RegisterComplaintInput {
  data: ComplaintData;
  user: { id: string; fullName: string; roles: readonly Role[] };
  office: { officeCode: string; deskCode: string; officeType: OfficeType | null };
  now: number;
  draftId?: string;
  calendar?: WorkingCalendar;
}

export type RegisterComplaintError =
  | { code: 'not-allowed' }
  | { code: 'invalid'; paths: string[] }
  | { code: 'beyond-calendar' }
  | { code: 'sequence-exhausted' };

export type RegisterComplaintResult =
  { ok: true; row: ComplaintRow } | { ok: false; error: RegisterComplaintError };

class Refused extends Error {
  constructor(readonly error: RegisterComplaintError) {
    super(error.code);
  }
}

export async function registerComplaint(
  db: AppDatabase,
  input: RegisterComplaintInput,
): Promise<RegisterComplaintResult> {
  const { officeCode, deskCode, officeType } = input.office;
  const access = complaintAccess(input.user, officeType, await inspectorMayRegister(db));
  if (!access.register) return { ok: false, error: { code: 'not-allowed' } };
  const parsed = complaintDataSchema.safeParse(input.data);
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid', paths: parsed.error.issues.map((i) => i.path.join('.')) } };
  const calendar = input.calendar ?? (await loadRules(db)).calendar;
  const term = await complaintTermInForce(db, input.now);
  const registeredOn = toAlmatyDate(input.now);
  let dueDate: string;
  try {
    dueDate = complaintDueDate(calendar, registeredOn, term);
  } catch {
    return { ok: false, error: { code: 'beyond-calendar' } };
  }
  const epoch = (await getSetting(db, 'caseNumberEpoch')) ?? 0;
  const year = Number(registeredOn.slice(0, 4));
  try {
    const row = await db.transaction(
      'rw',
      [db.complaints, db.sequences, db.audit, db.complaintDrafts],
      async () => {
        const key = complaintSequenceKey(officeCode, deskCode, epoch, year);
        const last = (await db.sequences.get(key))?.last ?? 0;
        if (last >= MAX_COMPLAINT_SEQUENCE) throw new Refused({ code: 'sequence-exhausted' });
        const id = makeComplaintNumber({ officeCode, deskCode, epoch, year, sequence: last + 1 });
        const row: ComplaintRow = {
          ...parsed.data,
          id,
          officeCode,
          registeredAt: input.now,
          registeredOn,
          acceptedBy: { userId: input.user.id, fullName: input.user.fullName },
          term,
          dueDate,
          status: 'registered',
          surnameFold: foldSurname(parsed.data.complainant.surname),
          iin: parsed.data.complainant.iin,
          updatedAt: input.now,
        };
        await db.sequences.put({ key, last: last + 1 });
        await db.complaints.add(row);
        await auditLog.append(
          db,
          {
            userId: input.user.id,
            action: 'complaint.registered',
            details: {
              complaintId: id,
              linkedCase: row.caseId,
              kind: row.kind,
              channel: row.channel,
              dueDate,
            },
          },
          input.now,
        );
        if (input.draftId) await db.complaintDrafts.delete(input.draftId);
        return row;
      },
    );
    return { ok: true, row };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    throw e;
  }
}
