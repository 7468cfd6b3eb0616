/**
 * The import plan over the case model (docs/registry-format.md, ownership): pure, made after the
 * signature, decryption and schemas held and the local copies of the verified cases were read. It
 * says per part what happens and why, and per case what to write; applying it is a thin writer.
 *
 * Whole file refused: a kind that does not fit its sender (`kind-not-allowed`), or a part whose
 * case id is not its signed manifest number (`case-id-mismatch`). Per case, listed for a person and
 * nothing written: a part not signed by its derived owner, a case the sender may not create here,
 * an equal revision with other content, a change out of turn (the status would have to move
 * backwards or be moved by an office that does not hold the case).
 */
import type { Intake } from '../case/intake';
import type { CaseState, Milestone } from '../lifecycle/case-state';
import { RegistryRefusal, type Refusal } from './codes';
import type { ValidatedCase, ValidatedPart } from './validate';
import { canonicalHash } from './identity';
import type { Manifest } from './manifest';
import {
  decidePart,
  MERGE_ACTIONS,
  type CasePlan,
  type MergeAction,
  type MergePlan,
  type PartPlan,
  type PartState,
} from './merge';
import {
  caseOwners,
  INTAKE_FIELDS,
  KIND_PARTS,
  kindFits,
  MILESTONE_OWNER,
  numberDesk,
  officeTypeOf,
  PART_STATUSES,
  PROCESSING_FIELDS,
  progressCompare,
  progressOf,
  STATUS_FIELDS,
  turnOf,
  type OwnedPart,
} from './ownership';

export const OWNERSHIP_REASONS = [
  'owner-mismatch',
  'part-not-in-kind',
  'not-own-desk',
  'unknown-case',
  'inconsistent-case',
  'same-revision',
  'out-of-turn',
  'with-refused-part',
] as const;
export type OwnershipReason = (typeof OWNERSHIP_REASONS)[number];

export interface LocalCase {
  intake: Intake;
  state: CaseState;
  /** Own parts from the row, other offices' parts from their import snapshots. */
  parts: Readonly<Record<string, PartState>>;
  /** The row's updatedAt: apply refuses if it changed since the plan. */
  version: number;
}

export interface PlannedPart extends PartPlan {
  reason?: OwnershipReason;
}

export interface PlannedCase extends CasePlan {
  parts: PlannedPart[];
  /** What to store; absent when nothing of the case is written. */
  write?: { intake: Intake; state: CaseState };
  localVersion?: number;
}

export interface ImportPlan extends MergePlan {
  cases: PlannedCase[];
}

export interface PlanInput {
  manifest: Manifest;
  cases: readonly ValidatedCase[];
  local: ReadonlyMap<string, LocalCase>;
  /** This office's code. */
  self: string;
}

type IntakeData = { intake: Intake; state: CaseState };

const stateOf = (p: ValidatedPart): CaseState =>
  p.part === 'intake' ? (p.data as IntakeData).state : (p.data as CaseState);

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

/** Whole-file checks: a forged file is refused before any case is looked at. */
function refuseForged(input: PlanInput): void {
  if (!kindFits(input.manifest)) {
    throw new RegistryRefusal(
      'kind-not-allowed',
      `${input.manifest.kind} from ${input.manifest.sender.officeCode}`,
    );
  }
  for (const c of input.cases) {
    for (const p of c.parts) {
      if (stateOf(p).caseId !== c.number)
        throw new RegistryRefusal('case-id-mismatch', `case ${c.number} part ${p.part}`);
    }
  }
}

/** Where a new case may be created by a file of this kind: only at the office it is addressed to. */
function mayCreate(
  input: PlanInput,
  owners: { intake: string; processing: string; payment: string },
): boolean {
  switch (input.manifest.kind) {
    case 'registry':
      return input.self === owners.processing;
    case 'desk-handoff':
      return input.self === owners.intake;
    case 'payment-request':
      return input.self === owners.payment;
    default:
      return false;
  }
}

function planCase(input: PlanInput, c: ValidatedCase): PlannedCase {
  const { manifest } = input;
  const sender = manifest.sender.officeCode;
  const local = input.local.get(c.number);
  const incomingIntake = c.parts.find((p) => p.part === 'intake');
  const facts = local?.intake ?? (incomingIntake?.data as IntakeData | undefined)?.intake;
  const owners = facts ? caseOwners(c.number, facts) : null;
  const sameOwners = (() => {
    if (!owners || !incomingIntake || !local) return true;
    const claimed = caseOwners(c.number, (incomingIntake.data as IntakeData).intake);
    return claimed !== null && claimed.intake === owners.intake && claimed.processing === owners.processing;
  })();
  const parts: PlannedPart[] = c.parts.map((p) => {
    const localPart = local?.parts[p.part];
    const base: PlannedPart = {
      caseNumber: c.number,
      part: p.part,
      action: 'not-owner',
      incoming: { owner: p.owner, revision: p.revision, hash: p.hash },
      ...(localPart ? { local: { ...localPart } } : {}),
    };
    const refuse = (reason: OwnershipReason, action: MergeAction = 'not-owner'): PlannedPart => ({
      ...base,
      action,
      reason,
    });
    if (!(KIND_PARTS[manifest.kind] as readonly string[]).includes(p.part)) return refuse('part-not-in-kind');
    if (!facts) return refuse('unknown-case');
    if (!owners || !sameOwners) return refuse('inconsistent-case');
    const expected = owners[p.part as OwnedPart];
    if (p.owner !== expected || sender !== expected) return refuse('owner-mismatch');
    if (manifest.kind === 'desk-handoff' && numberDesk(c.number) !== manifest.sender.deskCode) {
      return refuse('not-own-desk');
    }
    if (!local && !mayCreate(input, owners)) return refuse('unknown-case');
    const action = decidePart(p, localPart, sender);
    return action === 'conflict' ? refuse('same-revision', 'conflict') : { ...base, action };
  });
  const planned: PlannedCase = { number: c.number, isNew: !local, parts };
  if (local) planned.localVersion = local.version;
  const writable = parts.filter((p) => p.action === 'insert' || p.action === 'apply');
  const blocked = parts.some((p) => p.action === 'not-owner' || p.action === 'conflict');
  if (blocked) {
    planned.parts = parts.map((p) =>
      p.action === 'insert' || p.action === 'apply'
        ? { ...p, action: 'conflict', reason: 'with-refused-part' }
        : p,
    );
    return planned;
  }
  if (writable.length === 0) return planned;
  const merged = mergeParts(c, writable, local);
  if (merged === 'out-of-turn') {
    planned.parts = parts.map((p) =>
      p.action === 'insert' || p.action === 'apply' ? { ...p, action: 'conflict', reason: 'out-of-turn' } : p,
    );
    return planned;
  }
  planned.write = merged;
  return planned;
}

/**
 * Field by field by owner. The status moves only forward and only on its holder's word; out of
 * the owner's turn its fields may not change either (a person looks at it), only its revision.
 */
function mergeParts(
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

type PlanOutcome = { ok: true; plan: ImportPlan } | { ok: false; refusal: Refusal };

function refusalOf(input: PlanInput): Refusal | null {
  try {
    refuseForged(input);
    return null;
  } catch (error) {
    if (error instanceof RegistryRefusal) {
      return { code: error.code, ...(error.detail ? { detail: error.detail } : {}) };
    }
    throw error;
  }
}

function planOf(cases: PlannedCase[]): ImportPlan {
  const counts = Object.fromEntries(MERGE_ACTIONS.map((a) => [a, 0])) as Record<MergeAction, number>;
  for (const c of cases) for (const p of c.parts) counts[p.action]++;
  return {
    cases,
    counts,
    hasChanges: cases.some((c) => c.write !== undefined),
    hasConflicts: counts.conflict + counts['not-owner'] > 0,
  };
}

const byNumber = (a: { number: string }, b: { number: string }) =>
  a.number < b.number ? -1 : a.number > b.number ? 1 : 0;

export function planImport(input: PlanInput): PlanOutcome {
  const refusal = refusalOf(input);
  if (refusal) return { ok: false, refusal };
  return { ok: true, plan: planOf([...input.cases].sort(byNumber).map((c) => planCase(input, c))) };
}

/**
 * The same plan, made `chunk` cases at a time with `pause()` between chunks, so a caller on a UI
 * thread can let the window paint while thousands of cases are planned (time stays the caller's).
 */
export async function planImportInChunks(
  input: PlanInput,
  pause: () => Promise<void>,
  chunk = 250,
): Promise<PlanOutcome> {
  const refusal = refusalOf(input);
  if (refusal) return { ok: false, refusal };
  const sorted = [...input.cases].sort(byNumber);
  const cases: PlannedCase[] = [];
  for (let i = 0; i < sorted.length; i++) {
    cases.push(planCase(input, sorted[i]!));
    if ((i + 1) % chunk === 0) await pause();
  }
  return { ok: true, plan: planOf(cases) };
}
