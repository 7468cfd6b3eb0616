/**
 * Merge planning by ownership and revision (docs/decisions.md, registry exchange). Pure and synchronous:
 * hashes are computed before, the plan is applied after, in one write transaction.
 *
 * Per incoming part, against the local copy:
 *   no local part, owner is the sender      → insert
 *   no local part, owner is not the sender  → not-owner (a sender cannot introduce another's part)
 *   owner differs from the local owner      → not-owner (ownership never moves by import)
 *   newer revision, owner is the sender     → apply (includes a returned package corrected and resent)
 *   newer revision, owner is not the sender → not-owner (only the owner raises its revision)
 *   equal revision, same hash               → skip-equal
 *   equal revision, different hash          → conflict (never overwritten)
 *   older revision                          → skip-stale
 * Parts that exist locally but not in the file are left alone.
 *
 * This is the format-level step, blind to the case model: "owner" here is whatever the file claims.
 * The app plans with `planImport` (plan.ts), which derives each part's owner from the case itself.
 */

export interface PartState {
  owner: string;
  revision: number;
  /** canonicalHash(part data) */
  hash: string;
}

export interface LocalCaseState {
  number: string;
  parts: Readonly<Record<string, PartState>>;
}

export interface IncomingPart extends PartState {
  part: string;
}

export interface IncomingCase {
  number: string;
  parts: readonly IncomingPart[];
}

export const MERGE_ACTIONS = [
  'insert',
  'apply',
  'skip-equal',
  'skip-stale',
  'conflict',
  'not-owner',
] as const;
export type MergeAction = (typeof MERGE_ACTIONS)[number];

export interface PartPlan {
  caseNumber: string;
  part: string;
  action: MergeAction;
  incoming: PartState;
  local?: PartState;
}

export interface CasePlan {
  number: string;
  /** No local copy: the whole case is inserted. */
  isNew: boolean;
  parts: PartPlan[];
}

export interface MergePlan {
  cases: CasePlan[];
  counts: Record<MergeAction, number>;
  /** Something would change: at least one insert or apply. */
  hasChanges: boolean;
  /** Needs a person's attention: conflicts and non-owner parts. */
  hasConflicts: boolean;
}

export function decidePart(
  incoming: IncomingPart,
  local: PartState | undefined,
  senderOffice: string,
): MergeAction {
  if (!local) return incoming.owner === senderOffice ? 'insert' : 'not-owner';
  if (incoming.owner !== local.owner) return 'not-owner';
  if (incoming.revision > local.revision) return incoming.owner === senderOffice ? 'apply' : 'not-owner';
  if (incoming.revision < local.revision) return 'skip-stale';
  return incoming.hash === local.hash ? 'skip-equal' : 'conflict';
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function planMerge(
  incoming: readonly IncomingCase[],
  local: ReadonlyMap<string, LocalCaseState>,
  senderOffice: string,
): MergePlan {
  const counts = Object.fromEntries(MERGE_ACTIONS.map((a) => [a, 0])) as Record<MergeAction, number>;
  const cases = [...incoming]
    .sort((a, b) => byString(a.number, b.number))
    .map((c): CasePlan => {
      const localCase = local.get(c.number);
      const parts = [...c.parts]
        .sort((a, b) => byString(a.part, b.part))
        .map((p): PartPlan => {
          const localPart = localCase?.parts[p.part];
          const action = decidePart(p, localPart, senderOffice);
          counts[action]++;
          return {
            caseNumber: c.number,
            part: p.part,
            action,
            incoming: { owner: p.owner, revision: p.revision, hash: p.hash },
            ...(localPart ? { local: { ...localPart } } : {}),
          };
        });
      return { number: c.number, isNew: localCase === undefined, parts };
    });
  return {
    cases,
    counts,
    hasChanges: counts.insert + counts.apply > 0,
    hasConflicts: counts.conflict + counts['not-owner'] > 0,
  };
}
