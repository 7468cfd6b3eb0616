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
import { RegistryRefusal, type Refusal } from './codes';
import type { ValidatedCase } from './validate';
import { decidePart, MERGE_ACTIONS, type MergeAction } from './merge';
import { caseOwners, KIND_PARTS, kindFits, numberDesk, type OwnedPart } from './ownership';
import {
  stateOf,
  type ImportPlan,
  type IntakeData,
  type OwnershipReason,
  type PlanInput,
  type PlannedCase,
  type PlannedPart,
} from './plan-types';
import { mergeParts } from './field-merge';

export {
  OWNERSHIP_REASONS,
  type ImportPlan,
  type LocalCase,
  type OwnershipReason,
  type PlanInput,
  type PlannedCase,
  type PlannedPart,
} from './plan-types';

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
