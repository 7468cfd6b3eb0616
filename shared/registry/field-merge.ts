/**
 * The field-by-field merge of an import plan (plan.ts): each writable part copies only its owner's
 * fields and milestones; the status moves forward only on its holder's word.
 */
import type { Intake } from '../case/intake';
import type { CaseState, Milestone } from '../lifecycle/case-state';
import { canonicalHash } from './identity';
import {
  MILESTONE_OWNER,
  INTAKE_FIELDS,
  officeTypeOf,
  PART_STATUSES,
  PROCESSING_FIELDS,
  progressCompare,
  progressOf,
  STATUS_FIELDS,
  turnOf,
  type OwnedPart,
} from './ownership';
import { stateOf, type IntakeData, type LocalCase, type PlannedPart } from './plan-types';
import type { ValidatedCase } from './validate';

function pick(state: CaseState, part: OwnedPart): unknown {
  const fields: readonly string[] = part === 'intake' ? INTAKE_FIELDS : PROCESSING_FIELDS;
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = (state as unknown as Record<string, unknown>)[f];
  for (const [m, owner] of Object.entries(MILESTONE_OWNER))
    if (owner === part) out[m] = state.milestones[m as Milestone];
  return out;
}

/** A copy whose own fields and milestones can be set; values are shared, never mutated (fast at 5,000 cases). */
const shallowState = (s: CaseState): CaseState => ({
  ...s,
  milestones: { ...s.milestones },
  revisions: { ...s.revisions },
});

/** Copies `from`'s fields of `group` onto `to`; an absent field is removed (the owner cleared it). */
function copy(to: CaseState, from: CaseState, group: OwnedPart | 'status'): void {
  const fields: readonly string[] =
    group === 'intake' ? INTAKE_FIELDS : group === 'processing' ? PROCESSING_FIELDS : STATUS_FIELDS;
  const target = to as unknown as Record<string, unknown>;
  for (const f of fields) {
    const value = (from as unknown as Record<string, unknown>)[f];
    if (value === undefined) delete target[f];
    else target[f] = value;
  }
  for (const [m, owner] of Object.entries(MILESTONE_OWNER) as [Milestone, string][]) {
    if (owner !== group) continue;
    const value = from.milestones[m];
    // A status milestone is never erased: a later status keeps the delivery it followed.
    if (value !== undefined) to.milestones[m] = value;
    else if (group !== 'status') delete to.milestones[m];
  }
}

/**
 * Field by field by owner. The status moves only forward and only on its holder's word; out of
 * the owner's turn its fields may not change either (a person looks at it), only its revision.
 */
export function mergeParts(
  c: ValidatedCase,
  writable: readonly PlannedPart[],
  local: LocalCase | undefined,
): { intake: Intake; state: CaseState } | 'out-of-turn' {
  const byName = new Map(c.parts.map((p) => [p.part, p]));
  const incoming = writable.map((w) => byName.get(w.part)!);
  let intake: Intake;
  let state: CaseState;
  if (local) {
    intake = local.intake;
    state = shallowState(local.state);
  } else {
    // A new case starts from its owner's intake, with nothing of anyone else's fields.
    const first = byName.get('intake')!.data as IntakeData;
    intake = first.intake;
    state = shallowState(first.state);
    for (const f of PROCESSING_FIELDS) delete (state as unknown as Record<string, unknown>)[f];
    for (const [m, owner] of Object.entries(MILESTONE_OWNER))
      if (owner === 'processing') delete state.milestones[m as Milestone];
    state.revisions = { intake: 0, processing: 0, payment: 0 };
    if (!PART_STATUSES.intake.has(state.status) && !byName.has('processing')) return 'out-of-turn';
  }
  for (const p of incoming) {
    const part = p.part as OwnedPart;
    const d = stateOf(p);
    const ownerType = officeTypeOf(p.owner);
    const round =
      part === 'processing'
        ? d.returnCount === state.returnCount ||
          (d.returnCount === state.returnCount + 1 && d.status === 'returned-incomplete')
        : true;
    const theirs = progressOf(d.status, part === 'processing' ? d.returnCount : state.returnCount);
    // Only the office that holds the case (or that it travels to) changes it; a new case is its sender's.
    const ownersTurn = !local || turnOf(state.status, state.channel) === ownerType;
    const moves =
      ownersTurn &&
      PART_STATUSES[part].has(d.status) &&
      round &&
      progressCompare(theirs, progressOf(state.status, state.returnCount)) > 0;
    const theirFields = part === 'intake' ? [(p.data as IntakeData).intake, pick(d, part)] : pick(d, part);
    const ourFields = part === 'intake' ? [intake, pick(state, part)] : pick(state, part);
    if (!ownersTurn && canonicalHash(theirFields) !== canonicalHash(ourFields)) return 'out-of-turn';
    if (part === 'intake') intake = (p.data as IntakeData).intake;
    copy(state, d, part);
    if (moves) copy(state, d, 'status');
    state.revisions = { ...state.revisions, [part]: p.revision };
  }
  state.caseId = c.number;
  return { intake, state };
}
