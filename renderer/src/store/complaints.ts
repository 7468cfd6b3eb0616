/** Live reads for the complaints screens: access of the signed-in user, the journal, one complaint. */
import { useLiveQuery } from 'dexie-react-hooks';
import { complaintAccess, type ComplaintAccess } from '@shared/complaints';
import { officeByCode } from '@shared/directory/offices';
import type { OfficeType } from '@shared/directory/types';
import type { ComplaintTermRule } from '@shared/complaints/term';
import { useAuth } from '../auth/AuthProvider';
import { useDb } from '../db/DbContext';
import { getSetting } from '../db/settings';
import type { OfficeConfig } from '../db/types';
import { complaintTermInForce } from '../complaints/settings';
import type { ComplaintRow } from '../complaints/types';

export function officeTypeOf(office: Pick<OfficeConfig, 'officeCode'> | null | undefined): OfficeType | null {
  return (office && officeByCode(office.officeCode)?.type) ?? null;
}

/** The administrator's switch, live (undefined until read). */
export function useInspectorMayRegister(): boolean | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getSetting(db, 'complaintsInspectorMayRegister')) === true, [db]);
}

/** What the signed-in user may do with complaints here; `loading` until the setting is read. */
export function useComplaintAccess(
  office: OfficeConfig | null | undefined,
): ComplaintAccess & { loading: boolean } {
  const { user } = useAuth();
  const allowed = useInspectorMayRegister();
  const access = complaintAccess(
    user ?? { roles: [], disabled: true },
    officeTypeOf(office),
    allowed === true,
  );
  return { ...access, loading: allowed === undefined };
}

export function useComplaints(): ComplaintRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.complaints.toArray(), [db]);
}

export function useComplaint(id: string | null): ComplaintRow | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await db.complaints.get(id)) ?? null) : null), [db, id]);
}

/** The complaints about one case (the case page's link back). */
export function useCaseComplaints(caseId: string): ComplaintRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.complaints.where('caseId').equals(caseId).toArray(), [db, caseId]);
}

/** The complaint term in force now (administrator's rule over the default), live. */
export function useComplaintTerm(): ComplaintTermRule | undefined {
  const db = useDb();
  return useLiveQuery(() => complaintTermInForce(db, Date.now()), [db]);
}
