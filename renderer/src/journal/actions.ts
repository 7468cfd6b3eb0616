/**
 * Case actions from the case page (issue 4, item 7): correction of intake data, withdrawal by the
 * applicant, cancellation of an erroneous registration. The lifecycle decides; the one step writer
 * (workflow/applyEvent.ts) stores the row and its audit entry, as for every other step.
 */
import { applicantSchema, type Applicant, type Intake } from '@shared/case/intake';
import { officeByCode } from '@shared/directory/offices';
import type { Role } from '@shared/auth/roles';
import type { CaseEvent, OfficeType, TransitionContext, TransitionError } from '@shared/lifecycle';
import { caseAuditAction, type StepWarning } from '@shared/workflow/step';
import { caseDistrict, targetDistrictOffice } from '../cases/register';
import type { AppDatabase } from '../db/database';
import { commitStep } from '../workflow/applyEvent';
import type { AuditEvent, CaseRow, OfficeConfig } from '../db/types';

export { caseAuditAction };

export function officeTypeOf(office: Pick<OfficeConfig, 'officeCode'>): OfficeType | null {
  return officeByCode(office.officeCode)?.type ?? null;
}

export function actionContext(
  user: { id: string; roles: readonly Role[] },
  officeType: OfficeType,
  now: number,
): TransitionContext {
  return { actor: { userId: user.id, roles: user.roles }, officeType, now };
}

export type CaseActionResult =
  | { ok: true; row: CaseRow; warnings: StepWarning[] }
  | { ok: false; error: TransitionError }
  | { ok: false; error: { code: 'not-found' } }
  | { ok: false; error: { code: 'invalid-intake'; fields: string[] } };

/**
 * Runs one lifecycle event on a stored case through the one step writer. `edit` may change the
 * intake (corrections); it runs inside the transaction and must be synchronous.
 */
async function run(
  db: AppDatabase,
  caseId: string,
  event: (row: CaseRow) => CaseEvent | { error: CaseActionResult },
  ctx: TransitionContext,
  edit?: (row: CaseRow) => { intake: Intake; extra: Record<string, unknown> },
): Promise<CaseActionResult> {
  const r = await commitStep<CaseActionResult>(
    db,
    caseId,
    (row) => {
      const ev = event(row);
      if ('error' in ev) return { refuse: ev.error };
      if (!edit) return { events: [ev] };
      const edited = edit(row);
      return { events: [ev], options: { intake: edited.intake, auditExtra: edited.extra } };
    },
    ctx,
  );
  if (!r.ok) return r.error.code === 'not-found' ? { ok: false, error: { code: 'not-found' } } : r;
  return 'documents' in r ? { ok: true, row: r.row, warnings: r.warnings } : r;
}

export function withdrawCase(db: AppDatabase, caseId: string, reason: string, ctx: TransitionContext) {
  return run(db, caseId, () => ({ type: 'withdraw', reason }), ctx);
}

export function cancelCase(db: AppDatabase, caseId: string, reason: string, ctx: TransitionContext) {
  return run(db, caseId, () => ({ type: 'cancel', reason }), ctx);
}

/** The applicant fields a correction may change (issue 4: names, IIN, identity document, addresses, phones). */
export const CORRECTABLE_FIELDS = [
  'surname',
  'name',
  'patronymic',
  'iin',
  'birthDate',
  'identity',
  'registeredAddress',
  'actualAddress',
  'phones',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type ApplicantCorrection = Pick<Applicant, CorrectableField>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Validates the corrected applicant; returns the schema's problem paths (e.g. `iin`, `identity.number`). */
export function checkCorrection(
  current: Applicant,
  correction: ApplicantCorrection,
): { ok: true; applicant: Applicant; changed: CorrectableField[] } | { ok: false; fields: string[] } {
  const parsed = applicantSchema.safeParse({ ...current, ...correction });
  if (!parsed.success) {
    return { ok: false, fields: [...new Set(parsed.error.issues.map((i) => i.path.join('.')))] };
  }
  const changed = CORRECTABLE_FIELDS.filter((f) => !same(current[f], parsed.data[f]));
  return { ok: true, applicant: parsed.data, changed };
}

/**
 * Correction of intake data: bumps the intake revision through the lifecycle's `correct` event and
 * keeps the values before and after in the audit entry. At a ЦОН a corrected address also re-routes
 * the package to that district's office, as registration routes it (it has not left the ЦОН yet, or
 * the lifecycle would refuse the correction).
 */
export function correctApplicant(
  db: AppDatabase,
  caseId: string,
  correction: ApplicantCorrection,
  reason: string,
  ctx: TransitionContext,
): Promise<CaseActionResult> {
  let checked: ReturnType<typeof checkCorrection> | null = null;
  return run(
    db,
    caseId,
    (row) => {
      checked = checkCorrection(row.intake.applicant, correction);
      if (!checked.ok)
        return { error: { ok: false, error: { code: 'invalid-intake', fields: checked.fields } } };
      return { type: 'correct', reason, fields: checked.changed.map((f) => `applicant.${f}`) };
    },
    ctx,
    (row) => {
      if (!checked?.ok) throw new Error('correction not checked');
      const { applicant, changed } = checked;
      const intake: Intake = { ...row.intake, applicant };
      if (changed.includes('registeredAddress') || changed.includes('actualAddress')) {
        // Routed as at registration (cases/register.ts): a district walk-in stays with its office.
        intake.districtOfficeCode = targetDistrictOffice(intake.acceptingOfficeCode, caseDistrict(applicant));
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const f of changed) {
        before[f] = row.intake.applicant[f];
        after[f] = applicant[f];
      }
      return { intake, extra: { before, after } };
    },
  );
}

/** Audit entries of one case, newest first. */
export async function caseHistory(db: AppDatabase, caseId: string): Promise<AuditEvent[]> {
  const events = await db.audit.where('caseId').equals(caseId).toArray();
  return events.sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}
