import { describe, expect, it } from 'vitest';
import { decidePart, planMerge, type LocalCaseState, type MergeAction } from '@shared/registry/merge';

// docs/decisions.md, registry exchange: owner's newer revision applied, equal skipped, divergence within
// one owner's part a conflict, never overwritten. Sender 20 is a ЦОН, 11 a district office.
const CENTER = '20';
const DISTRICT = '11';

type Row = {
  name: string;
  sender: string;
  incoming: { owner: string; revision: number; hash: string };
  local?: { owner: string; revision: number; hash: string };
  expected: MergeAction;
};

const table: Row[] = [
  {
    name: 'new case, sender owns intake',
    sender: CENTER,
    incoming: { owner: CENTER, revision: 1, hash: 'a' },
    expected: 'insert',
  },
  {
    name: 'new part owned by someone else',
    sender: CENTER,
    incoming: { owner: DISTRICT, revision: 1, hash: 'a' },
    expected: 'not-owner',
  },
  {
    name: 'equal revision, same content',
    sender: CENTER,
    incoming: { owner: CENTER, revision: 2, hash: 'a' },
    local: { owner: CENTER, revision: 2, hash: 'a' },
    expected: 'skip-equal',
  },
  {
    name: "owner's newer revision",
    sender: CENTER,
    incoming: { owner: CENTER, revision: 3, hash: 'b' },
    local: { owner: CENTER, revision: 2, hash: 'a' },
    expected: 'apply',
  },
  {
    name: 'older revision (stale)',
    sender: CENTER,
    incoming: { owner: CENTER, revision: 1, hash: 'z' },
    local: { owner: CENTER, revision: 2, hash: 'a' },
    expected: 'skip-stale',
  },
  {
    name: 'same owner, same revision, different content',
    sender: CENTER,
    incoming: { owner: CENTER, revision: 2, hash: 'b' },
    local: { owner: CENTER, revision: 2, hash: 'a' },
    expected: 'conflict',
  },
  {
    name: 'returned as incomplete, corrected and resent (intake revision bumped)',
    sender: CENTER,
    incoming: { owner: CENTER, revision: 2, hash: 'fixed' },
    local: { owner: CENTER, revision: 1, hash: 'incomplete' },
    expected: 'apply',
  },
  {
    name: 'a newer revision of a part the sender does not own',
    sender: DISTRICT,
    incoming: { owner: CENTER, revision: 5, hash: 'b' },
    local: { owner: CENTER, revision: 2, hash: 'a' },
    expected: 'not-owner',
  },
  {
    name: "someone else's part echoed back unchanged",
    sender: DISTRICT,
    incoming: { owner: CENTER, revision: 2, hash: 'a' },
    local: { owner: CENTER, revision: 2, hash: 'a' },
    expected: 'skip-equal',
  },
  {
    name: 'ownership claimed by another office',
    sender: DISTRICT,
    incoming: { owner: DISTRICT, revision: 9, hash: 'b' },
    local: { owner: CENTER, revision: 2, hash: 'a' },
    expected: 'not-owner',
  },
  {
    name: 'district result back at the ЦОН',
    sender: DISTRICT,
    incoming: { owner: DISTRICT, revision: 1, hash: 'r' },
    expected: 'insert',
  },
];

describe('merge decision per part', () => {
  it.each(table)('$name → $expected', ({ incoming, local, sender, expected }) => {
    expect(decidePart({ part: 'intake', ...incoming }, local, sender)).toBe(expected);
  });
});

describe('merge plan', () => {
  const local = new Map<string, LocalCaseState>([
    [
      '200002',
      {
        number: '200002',
        parts: {
          intake: { owner: CENTER, revision: 1, hash: 'i1' },
          processing: { owner: DISTRICT, revision: 4, hash: 'p4' },
        },
      },
    ],
    ['200003', { number: '200003', parts: { intake: { owner: CENTER, revision: 2, hash: 'i2' } } }],
  ]);
  const incoming = [
    { number: '200003', parts: [{ part: 'intake', owner: CENTER, revision: 2, hash: 'other' }] },
    { number: '200001', parts: [{ part: 'intake', owner: CENTER, revision: 1, hash: 'n' }] },
    {
      number: '200002',
      parts: [
        { part: 'processing', owner: DISTRICT, revision: 4, hash: 'p4' },
        { part: 'intake', owner: CENTER, revision: 2, hash: 'i2' },
      ],
    },
  ];

  it('plans every part, in case-number then part order, whatever the input order', () => {
    const plan = planMerge(incoming, local, CENTER);
    expect(plan.cases.map((c) => [c.number, c.isNew, c.parts.map((p) => `${p.part}:${p.action}`)])).toEqual([
      ['200001', true, ['intake:insert']],
      ['200002', false, ['intake:apply', 'processing:skip-equal']],
      ['200003', false, ['intake:conflict']],
    ]);
    expect(plan.counts).toEqual({
      insert: 1,
      apply: 1,
      'skip-equal': 1,
      'skip-stale': 0,
      conflict: 1,
      'not-owner': 0,
    });
    expect(plan.hasChanges).toBe(true);
    expect(plan.hasConflicts).toBe(true);
    expect(planMerge([...incoming].reverse(), local, CENTER)).toEqual(plan);
  });

  it('keeps the local side of a conflict in the plan for the person who resolves it', () => {
    const plan = planMerge(incoming, local, CENTER);
    expect(plan.cases[2]!.parts[0]).toEqual({
      caseNumber: '200003',
      part: 'intake',
      action: 'conflict',
      incoming: { owner: CENTER, revision: 2, hash: 'other' },
      local: { owner: CENTER, revision: 2, hash: 'i2' },
    });
  });

  it('a plan with only skips changes nothing', () => {
    const plan = planMerge(
      [{ number: '200003', parts: [{ part: 'intake', owner: CENTER, revision: 1, hash: 'x' }] }],
      local,
      CENTER,
    );
    expect(plan.hasChanges).toBe(false);
    expect(plan.hasConflicts).toBe(false);
  });

  it('does not touch its inputs', () => {
    const frozen = Object.freeze(
      incoming.map((c) => Object.freeze({ ...c, parts: Object.freeze([...c.parts]) })),
    );
    expect(() => planMerge(frozen, local, CENTER)).not.toThrow();
  });
});
