/**
 * How a stored case travels in a registry file: its owned parts (docs/registry-format.md, merge by
 * ownership and revision; docs/decisions.md, registry exchange).
 *
 * - `intake` — owned by the accepting office (a desk hands off under its office's code), revision
 *   `state.revisions.intake`; data is the application and the lifecycle state as the accepting
 *   office last changed it, so the receiver can continue the route from that status.
 * - `processing` — owned by the district office, revision `state.revisions.processing`; data is the
 *   lifecycle state (decision, result) as the district last changed it. Sent only once it exists.
 *
 * Parts this office owns are read from the case row; parts owned by another office are compared
 * against the snapshot recorded at their last import (`caseParts`), so a local status change never
 * looks like a divergence of someone else's part.
 */
import { z } from 'zod';
import { intakeSchema, type Intake } from '@shared/case/intake';
import { CHANNELS, SERVICE_IDS } from '@shared/catalogue/ids';
import { CASE_STATUSES, STEP_CLOCKS, type CaseState } from '@shared/lifecycle';
import { canonicalHash } from '@shared/registry/identity';
import type { LocalCaseState, PartState, PartSchemas, RegistryCase } from '@shared/registry';
import { caseOwners } from '@shared/registry/ownership';
import type { CasePartRow, CaseRow } from '../db/types';

const MILESTONES = [
  'acceptedAt',
  'registeredAt',
  'dispatchedAt',
  'decidedAt',
  'signedAt',
  'deliveredAt',
  'closedAt',
] as const;

const text = (max: number) => z.string().max(max);
const instant = z.number().int().nonnegative();

/** CaseState (shared/lifecycle/case-state.ts) as it may arrive from another office. */
export const caseStateSchema = z.strictObject({
  caseId: z.string().regex(/^\d{4,40}$/),
  serviceId: z.enum(SERVICE_IDS),
  subType: text(100).optional(),
  channel: z.enum(CHANNELS),
  status: z.enum(CASE_STATUSES),
  revisions: z.strictObject({
    intake: z.number().int().nonnegative(),
    processing: z.number().int().nonnegative(),
    payment: z.number().int().nonnegative(),
  }),
  statusSince: instant,
  updatedBy: text(100).min(1),
  milestones: z.partialRecord(z.enum(MILESTONES), instant),
  runningClocks: z.array(z.enum(STEP_CLOCKS)).max(STEP_CLOCKS.length),
  assigneeUserId: text(100).optional(),
  conclusion: z.enum(['need', 'no-need', 'survey-refused']).optional(),
  decision: z.enum(['approved', 'refused']).optional(),
  refusalGrounds: z.array(text(200)).max(50).optional(),
  amount: z.number().nonnegative().optional(),
  periodMonths: z.number().int().nonnegative().optional(),
  delivery: z.enum(['in-person', 'post', 'center']).optional(),
  missingDocuments: z.array(text(200)).max(60).optional(),
  returnCount: z.number().int().nonnegative(),
  closingReason: text(1000).optional(),
});

export const intakePartSchema = z.strictObject({ intake: intakeSchema, state: caseStateSchema });
export type IntakePartData = z.infer<typeof intakePartSchema>;

/** What previewImport validates each part's data with. */
export const PART_SCHEMAS: PartSchemas = { intake: intakePartSchema, processing: caseStateSchema };

export function intakePartData(intake: Intake, state: CaseState): IntakePartData {
  return { intake, state };
}

/**
 * Parts of a stored case that `officeCode` owns and can send (the owner alone raises a revision).
 * Owners are derived from the case (shared/registry/ownership.ts), never from a stored claim.
 */
export function ownedParts(row: Pick<CaseRow, 'id' | 'intake' | 'state'>, officeCode: string): RegistryCase {
  const owners = caseOwners(row.id, row.intake);
  const parts: RegistryCase['parts'] = [];
  if (owners?.intake === officeCode && row.state.revisions.intake >= 1) {
    parts.push({
      part: 'intake',
      owner: officeCode,
      revision: row.state.revisions.intake,
      data: intakePartData(row.intake, row.state),
    });
  }
  if (owners?.processing === officeCode && row.state.revisions.processing >= 1) {
    parts.push({
      part: 'processing',
      owner: officeCode,
      revision: row.state.revisions.processing,
      data: row.state,
    });
  }
  return { number: row.id, parts };
}

/** The merge's view of a local case: own parts from the row, other offices' parts from snapshots. */
export function localCaseState(
  row: Pick<CaseRow, 'id' | 'intake' | 'state'>,
  snapshots: readonly CasePartRow[],
  officeCode: string,
): LocalCaseState {
  const parts: Record<string, PartState> = {};
  for (const s of snapshots) parts[s.part] = { owner: s.owner, revision: s.revision, hash: s.hash };
  const own = ownedParts(row, officeCode);
  for (const p of own.parts) {
    // Only the part as this office's schema outputs it hashes like an incoming one.
    const data = p.part === 'intake' ? intakePartSchema.parse(p.data) : caseStateSchema.parse(p.data);
    parts[p.part] = { owner: p.owner, revision: p.revision, hash: canonicalHash(data) };
  }
  return { number: row.id, parts };
}
