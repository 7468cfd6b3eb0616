import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allowedEvents,
  CASE_STATUSES,
  EVENT_TYPES,
  isClosed,
  openCase,
  STEP_CLOCKS,
  transition,
  TRANSITION_RULES,
  type CaseEvent,
  type CaseState,
  type EventType,
} from '@shared/lifecycle';
import { SERVICE_IDS } from '@shared/catalogue/ids';
import { ACTORS, EXPECTED, specKey, validEvent, type Variant } from './spec';
import { ctx } from './walk';

/** Payloads from valid to broken, so the payload checks are exercised too. */
function payload(event: EventType, state: CaseState, kind: number): CaseEvent {
  const valid = validEvent(event, state) as unknown as Record<string, unknown>;
  switch (kind % 5) {
    case 0:
      return { type: event } as CaseEvent;
    case 1:
      return { ...valid, reason: ' ', grounds: [], missingDocuments: [], fields: [] } as unknown as CaseEvent;
    case 2:
      return event === 'decide' ? { type: 'decide', outcome: 'approved' } : (valid as unknown as CaseEvent);
    case 3:
      return event === 'issue' ? { type: 'issue', delivery: 'post' } : (valid as unknown as CaseEvent);
    default:
      return valid as unknown as CaseEvent;
  }
}

const variantOf = (s: CaseState): Variant =>
  s.decision === 'approved'
    ? 'approved'
    : s.decision === 'refused'
      ? 'refused'
      : s.conclusion
        ? 'concluded'
        : 'fresh';

// Unbiased: fast-check's bias towards 0 would keep picking the first event and the empty payload.
const step = fc.noBias(
  fc.record({ fromAllowed: fc.nat(24), actor: fc.nat(1000), event: fc.nat(1000), kind: fc.nat(1000) }),
);
/** Steps that end or loop a case; picked less often so walks get deep. */
const SIDE: ReadonlySet<EventType> = new Set([
  'withdraw',
  'cancel',
  'correct',
  'remove-from-registry',
  'return-draft',
]);

describe('random event sequences by random actors (fast-check, fixed seed)', () => {
  it('never leave the table, and every success is a row of it and of the spec', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...SERVICE_IDS),
        fc.constantFrom('district' as const, 'center' as const),
        fc.constantFrom('job-placement', 'career-guidance'),
        fc.array(step, { minLength: 10, maxLength: 60 }),
        (serviceId, channel, subType, steps) => {
          const opened = openCase(
            { caseId: '9', serviceId, channel, ...(serviceId === 'employment-referral' ? { subType } : {}) },
            ctx(channel === 'center' ? 'center-inspector' : 'district-specialist', channel, 0),
            { channels: ['district', 'center'] },
          );
          if (!opened.ok) return; // a same-visit service at a ЦОН
          let state = opened.state;
          let now = 0;
          for (const s of steps) {
            now += 3_600_000;
            let actor = ACTORS[s.actor % ACTORS.length] as (typeof ACTORS)[number];
            let event = EVENT_TYPES[s.event % EVENT_TYPES.length] as EventType;
            if (s.fromAllowed > 0) {
              // Bias towards steps someone may take, mostly forward ones, to reach the deep statuses.
              const options = ACTORS.flatMap((a) =>
                allowedEvents(state, ctx(a.role, a.office, now)).map((e) => [a, e] as const),
              );
              const forward = options.filter(([, e]) => !SIDE.has(e));
              const pool = s.fromAllowed > 1 && forward.length > 0 ? forward : options;
              const pick = pool[s.event % Math.max(pool.length, 1)];
              if (pick) [actor, event] = pick;
            }
            const c = ctx(actor.role, actor.office, now);
            const before = state;
            const r = transition(state, payload(event, state, s.kind), c);
            if (!r.ok) {
              expect(state).toBe(before);
              continue;
            }
            state = r.state;
            reached.add(state.status);
            expect(CASE_STATUSES).toContain(state.status);
            const row = TRANSITION_RULES.find(
              (t) =>
                t.event === event &&
                t.from.includes(before.status) &&
                t.to.includes(state.status) &&
                t.roles.includes(actor.role) &&
                t.office === actor.office &&
                t.channels.includes(channel) &&
                t.services.includes(serviceId),
            );
            expect(row, `${before.status} —${event}→ ${state.status}`).toBeDefined();
            const key = specKey(
              serviceId,
              channel,
              before.status,
              variantOf(before),
              event,
              actor.role,
              actor.office,
            );
            expect(EXPECTED.has(key), key).toBe(true);
            // The spec's target is for its own payload; decide and the two issue events pick theirs from the payload.
            if (!['decide', 'issue', 'issue-same-visit'].includes(event))
              expect(EXPECTED.get(key), key).toBe(state.status);
            // Exactly one part's revision moves, by one.
            const moved = (['intake', 'processing', 'payment'] as const).filter(
              (p) => state.revisions[p] !== before.revisions[p],
            );
            expect(moved).toEqual([row?.part]);
            expect(state.revisions[row?.part ?? 'intake']).toBe(before.revisions[row?.part ?? 'intake'] + 1);
            expect(r.effects.filter((e) => e.type === 'audit')).toHaveLength(1);
            expect(new Set(state.runningClocks).size).toBe(state.runningClocks.length);
            expect(state.runningClocks.every((k) => STEP_CLOCKS.includes(k))).toBe(true);
          }
          if (isClosed(state.status, serviceId, channel)) {
            expect(state.runningClocks).toEqual([]);
            for (const a of ACTORS) expect(allowedEvents(state, ctx(a.role, a.office, now))).toEqual([]);
          }
        },
      ),
      { seed: 20260326, numRuns: 400 },
    );
    // Otherwise the walks above would prove nothing about the deep statuses.
    expect(CASE_STATUSES.filter((st) => st !== 'accepted' && !reached.has(st))).toEqual([]);
  });
});
