/**
 * Issue 10, property: for any sequence of genuine and hostile files between a ЦОН (22) with a desk
 * (22.01), two district offices (12, 13) and the Управление (00), interleaved with genuine local
 * work (lifecycle steps at the office that may take them):
 * - the fields an office owns change only through files signed by that office (a desk only for the
 *   cases it numbered), and a case absent from a file never changes;
 * - no case status moves backwards on import;
 * - no case of one office is created by another.
 *
 * Files here are what reaches the plan once the signature, decryption and schemas held (the
 * generator chooses the signer, which is all a signature proves); the byte-level attacks have their
 * own fuzz (mutations.property.test.ts). The plan is applied as applyImport does: rows and snapshots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '@shared/auth/roles';
import { CASE_STATUSES, transition, type CaseEvent, type OfficeType } from '@shared/lifecycle';
import type { CaseState } from '@shared/lifecycle/case-state';
import {
  caseOwners,
  INTAKE_FIELDS,
  KIND_PARTS,
  kindToSend,
  MILESTONE_OWNER,
  numberDesk,
  numberOffice,
  planImport,
  PROCESSING_FIELDS,
  progressCompare,
  progressOf,
  REGISTRY_KINDS,
  type LocalCase,
  type Manifest,
  type OwnedPart,
  type RegistryKind,
  type ValidatedCase,
  type ValidatedPart,
} from '@shared/registry';
import { canonicalHash } from '@shared/registry/identity';
import type { Intake } from '@shared/case/intake';
import type { CasePartRow } from '@renderer/db/types';
import { localCaseState, ownedParts, PART_SCHEMAS } from '@renderer/registry/parts';
import { makeCase } from '../journal/fixtures';

const SEED = 20_261_206;
const RUNS = 300;

interface Row {
  intake: Intake;
  state: CaseState;
  snapshots: Record<string, { owner: string; revision: number; hash: string }>;
  version: number;
}
interface Office {
  code: string;
  desk?: string;
  type: OfficeType;
  store: Map<string, Row>;
}

const ALL_ROLES: Role[] = [
  'center-inspector',
  'accumulation-inspector',
  'district-specialist',
  'district-head',
  'responsible-specialist',
  'commission-member',
  'department-specialist',
];

/** Genuine local work: whichever of these steps the lifecycle allows where the case is. */
const LOCAL_EVENTS: CaseEvent[] = [
  { type: 'add-to-registry' },
  { type: 'dispatch' },
  { type: 'receive-at-district' },
  { type: 'return-incomplete', missingDocuments: ['identity'] },
  { type: 'receive-returned' },
  { type: 'register' },
  { type: 'pass-to-head' },
  { type: 'assign', assigneeUserId: 'spec-9' },
  { type: 'send-to-commission' },
  { type: 'submit-conclusion', conclusion: 'need' },
  { type: 'submit-draft' },
  { type: 'decide', outcome: 'approved', amount: 12_000 },
  { type: 'sign-result' },
  { type: 'send-result-to-center' },
  { type: 'issue', delivery: 'in-person' },
  { type: 'import-result' },
  { type: 'scan-result-paper' },
  { type: 'issue', delivery: 'center' },
  { type: 'request-payment' },
  { type: 'send-to-treasury' },
];

function world(): Office[] {
  const mk = (code: string, type: OfficeType, desk?: string): Office => ({
    code,
    type,
    ...(desk ? { desk } : {}),
    store: new Map(),
  });
  const center = mk('22', 'center');
  const desk = mk('22', 'center', '01');
  const d12 = mk('12', 'district');
  const d13 = mk('13', 'district');
  const dept = mk('00', 'department');
  const put = (o: Office, row: ReturnType<typeof makeCase>) =>
    o.store.set(row.id, { intake: row.intake, state: row.state, snapshots: {}, version: 1 });
  put(center, makeCase({ districtOfficeCode: '12' }));
  put(center, makeCase({ districtOfficeCode: '13' }));
  put(desk, makeCase({ districtOfficeCode: '12', intake: { deskCode: '01' } }));
  const aid = { channel: 'district' as const, serviceId: 'maslikhat-social-aid' as const };
  put(d12, makeCase({ ...aid, districtOfficeCode: '12' }));
  put(d13, makeCase({ ...aid, districtOfficeCode: '13' }));
  return [center, desk, d12, d13, dept];
}

function localOf(office: Office): Map<string, LocalCase> {
  const map = new Map<string, LocalCase>();
  for (const [id, row] of office.store) {
    const snaps: CasePartRow[] = Object.entries(row.snapshots).map(([part, s]) => ({
      caseId: id,
      part,
      ...s,
      importedAt: 0,
      registryId: 'r',
    }));
    map.set(id, {
      intake: row.intake,
      state: row.state,
      parts: localCaseState({ id, intake: row.intake, state: row.state }, snaps, office.code).parts,
      version: row.version,
    });
  }
  return map;
}

function validated(part: string, owner: string, revision: number, data: unknown): ValidatedPart | null {
  const parsed = PART_SCHEMAS[part]!.safeParse(data);
  if (!parsed.success) return null;
  return { part, owner, revision, hash: canonicalHash(parsed.data), data: parsed.data };
}

function ownedFields(row: Row, part: OwnedPart): string {
  const pick: Record<string, unknown> = {};
  const fields: readonly string[] = part === 'intake' ? INTAKE_FIELDS : PROCESSING_FIELDS;
  for (const f of fields) pick[f] = (row.state as unknown as Record<string, unknown>)[f];
  for (const [m, owner] of Object.entries(MILESTONE_OWNER))
    if (owner === part) pick[m] = row.state.milestones[m as keyof CaseState['milestones']];
  return canonicalHash(part === 'intake' ? [row.intake, pick] : pick);
}

/** Imports `cases` from `from` at `to` and checks the three invariants. */
function deliver(from: Office, to: Office, kind: RegistryKind, cases: ValidatedCase[]) {
  const numbers = [...new Set(cases.map((c) => c.number))].sort();
  const unique = numbers.map((n) => cases.find((c) => c.number === n)!);
  const manifest = {
    kind,
    sender: { officeCode: from.code, ...(from.desk ? { deskCode: from.desk } : {}), keyId: '0'.repeat(32) },
    recipient: { officeCode: to.code, keyId: '1'.repeat(32) },
  } as Manifest;
  const before = new Map([...to.store].map(([k, v]) => [k, structuredClone(v)]));
  const planned = planImport({ manifest, cases: unique, local: localOf(to), self: to.code });
  if (!planned.ok) return;
  for (const c of planned.plan.cases) {
    if (!c.write) continue;
    const old = to.store.get(c.number);
    const snapshots = { ...old?.snapshots };
    for (const p of c.parts)
      if (p.action === 'insert' || p.action === 'apply') snapshots[p.part] = p.incoming;
    to.store.set(c.number, { ...structuredClone(c.write), snapshots, version: (old?.version ?? 0) + 1 });
  }
  for (const [id, after] of to.store) {
    const was = before.get(id);
    if (!was) {
      expect(numberOffice(id), `case ${id} created by ${from.code}`).toBe(from.code);
      if (from.desk) expect(numberDesk(id)).toBe(from.desk);
      // …and only at the office it is addressed to: its district, its own office, the Управление.
      const owners = caseOwners(id, after.intake)!;
      const addressee = {
        registry: owners.processing,
        'desk-handoff': owners.intake,
        'payment-request': '00',
      };
      expect(to.code).toBe(addressee[kind as keyof typeof addressee]);
      continue;
    }
    if (!numbers.includes(id)) {
      expect(after).toEqual(was);
      continue;
    }
    const owners = caseOwners(id, was.intake)!;
    const mayIntake = owners.intake === from.code && (!from.desk || numberDesk(id) === from.desk);
    if (!mayIntake) expect(ownedFields(after, 'intake')).toBe(ownedFields(was, 'intake'));
    if (owners.processing !== from.code || from.desk)
      expect(ownedFields(after, 'processing')).toBe(ownedFields(was, 'processing'));
    const moved = progressCompare(
      progressOf(after.state.status, after.state.returnCount),
      progressOf(was.state.status, was.state.returnCount),
    );
    expect(moved, `${id}: ${was.state.status} → ${after.state.status}`).toBeGreaterThanOrEqual(0);
  }
}

/** Who sends files to whom in the real flow [sender index, recipient index]: where attacks come from. */
const PAIRS: readonly [number, number][] = [
  [0, 2],
  [0, 3],
  [2, 0],
  [3, 0],
  [2, 4],
  [3, 4],
  [1, 0],
];

const work = fc.record({
  t: fc.constant('work' as const),
  office: fc.nat(4),
  pick: fc.nat(),
  event: fc.nat(LOCAL_EVENTS.length - 1),
});
const send = fc.record({ t: fc.constant('send' as const), office: fc.nat(4), to: fc.nat(4) });
const hostile = fc.record({
  t: fc.constant('hostile' as const),
  office: fc.nat(4),
  to: fc.nat(4),
  /** Mostly a real sender→recipient pair with the kind it really sends: a trusted office's file. */
  pair: fc.option(fc.nat(PAIRS.length - 1), { freq: 5 }),
  kind: fc.option(fc.constantFrom(...REGISTRY_KINDS), { freq: 5 }),
  picks: fc.array(
    fc.record({
      source: fc.nat(4),
      pick: fc.nat(),
      otherNumber: fc.nat(9),
      parts: fc.subarray(['intake', 'processing'] as const, { minLength: 1 }),
      owner: fc.oneof({ weight: 4, arbitrary: fc.constant('own') }, fc.constantFrom('12', '13', '22', '00')),
      revision: fc.integer({ min: 1, max: 30 }),
      status: fc.constantFrom(...CASE_STATUSES),
      returnCount: fc.nat(3),
      amount: fc.nat(1_000_000),
      surname: fc.constantFrom('', 'Подменов'),
      district: fc.constantFrom('', '12', '13'),
      // A faithful copy with only the status (and round) changed: the quiet way to move a case back.
      faithful: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});
const step = fc.oneof(
  { weight: 5, arbitrary: work },
  { weight: 2, arbitrary: send },
  { weight: 2, arbitrary: hostile },
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function run(steps: Step[]) {
  const offices = world();
  const pool = () => offices.flatMap((o) => [...o.store.keys()]);
  for (const s of steps) {
    const pair = s.t === 'hostile' && s.pair !== null ? PAIRS[s.pair]! : null;
    const from = offices[pair ? pair[0] : s.office]!;
    if (s.t === 'work') {
      const ids = [...from.store.keys()];
      if (ids.length === 0) continue;
      const id = ids[s.pick % ids.length]!;
      const row = from.store.get(id)!;
      // The first step the lifecycle allows here, from a random place in the list.
      for (let i = 0; i < LOCAL_EVENTS.length; i++) {
        const event = LOCAL_EVENTS[(s.event + i) % LOCAL_EVENTS.length]!;
        const r = transition(row.state, event, {
          actor: { userId: 'u', roles: ALL_ROLES },
          now: row.state.statusSince + 1000,
          officeType: from.type,
        });
        if (!r.ok) continue;
        from.store.set(id, { ...row, state: r.state, version: row.version + 1 });
        break;
      }
      continue;
    }
    const to = offices[pair ? pair[1] : s.to]!;
    if (to === from || to.desk || (from.desk && to.code !== from.code)) continue;
    if (s.t === 'send') {
      const kind = kindToSend({ officeCode: from.code, desk: !!from.desk }, to.code);
      if (!kind) continue;
      const cases: ValidatedCase[] = [];
      for (const [id, row] of from.store) {
        if (from.desk && numberDesk(id) !== from.desk) continue;
        const own = ownedParts({ id, intake: row.intake, state: row.state }, from.code);
        const parts = own.parts
          .filter((p) => (KIND_PARTS[kind] as readonly string[]).includes(p.part))
          .map((p) => validated(p.part, p.owner, p.revision, p.data)!);
        if (parts.length > 0) cases.push({ number: id, parts });
      }
      if (cases.length > 0) deliver(from, to, kind, cases);
      continue;
    }
    const kind = s.kind ?? kindToSend({ officeCode: from.code, desk: !!from.desk }, to.code) ?? 'registry';
    if ((kind === 'desk-handoff') !== !!from.desk) continue;
    const all = offices.flatMap((o) => [...o.store.values()]);
    if (all.length === 0) continue;
    const numbers = pool();
    const cases: ValidatedCase[] = [];
    for (const p of s.picks) {
      // Mostly a case the recipient holds, as it holds it: the copy an attacker would start from.
      const list = p.source < 3 && to.store.size > 0 ? [...to.store.values()] : all;
      const src = list[p.pick % list.length]!;
      const number = p.otherNumber === 0 ? numbers[p.pick % numbers.length]! : src.state.caseId;
      const state: CaseState = p.faithful
        ? { ...src.state, status: p.status, returnCount: p.returnCount }
        : {
            ...src.state,
            status: p.status,
            returnCount: p.returnCount,
            decision: 'approved',
            amount: p.amount,
            assigneeUserId: 'intruder',
            milestones: {},
          };
      const intake: Intake = {
        ...src.intake,
        applicant: { ...src.intake.applicant, surname: p.surname || src.intake.applicant.surname },
        districtOfficeCode: p.district || src.intake.districtOfficeCode,
      };
      const owner = p.owner === 'own' ? from.code : p.owner;
      const parts = p.parts.map((name: OwnedPart) =>
        validated(name, owner, p.revision, name === 'intake' ? { intake, state } : state),
      );
      if (parts.some((x: ValidatedPart | null) => x === null)) continue;
      cases.push({ number, parts: parts as ValidatedPart[] });
    }
    if (cases.length > 0) deliver(from, to, kind, cases);
  }
}

describe('ownership property (issue 10)', () => {
  it('owned fields change only through their owner, statuses never move back, no foreign case is created', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }), (steps) => run(steps)),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
