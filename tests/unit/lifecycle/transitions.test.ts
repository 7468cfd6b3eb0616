import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  CASE_STATUSES,
  EVENT_TYPES,
  OFFICE_TYPES,
  transition,
  TRANSITION_RULES,
  type CaseStatus,
  type EventType,
  type TransitionContext,
  type TransitionRule,
} from '@shared/lifecycle';
import { ROLES } from '@shared/auth/roles';
import { ACTORS, EXPECTED, makeState, SERVICE_CHANNELS, SPEC, specKey, validEvent, VARIANTS } from './spec';

const NOW = 2_000;
const ctxFor = (
  role: (typeof ROLES)[number],
  office: TransitionContext['officeType'],
): TransitionContext => ({
  actor: { userId: `u-${role}`, roles: [role] },
  now: NOW,
  officeType: office,
});

/**
 * Runs the machine over services × channels × statuses × state variants × actors for the given
 * events and lists every disagreement with the spec: allowed where the spec forbids, refused where
 * it allows, another target, or allowedEvents saying otherwise.
 */
function disagreements(events: readonly EventType[], statuses: readonly CaseStatus[]): string[] {
  return [...sweep(events, statuses, false).values()].flat();
}

function sweep(
  events: readonly EventType[],
  statuses: readonly CaseStatus[],
  checkOffered = true,
): Map<EventType, string[]> {
  const found = new Map<EventType, string[]>(events.map((e) => [e, []]));
  for (const { service, channel } of SERVICE_CHANNELS)
    for (const status of statuses)
      for (const variant of VARIANTS) {
        const state = makeState(service, channel, status, variant);
        for (const { role, office } of ACTORS) {
          const ctx = ctxFor(role, office);
          const offered = checkOffered ? new Set(allowedEvents(state, ctx)) : undefined;
          for (const event of events) {
            const out = found.get(event) as string[];
            const key = specKey(service, channel, status, variant, event, role, office);
            const expected = EXPECTED.get(key);
            const r = transition(state, validEvent(event, state), ctx);
            if (expected === undefined && r.ok) out.push(`allowed but forbidden: ${key} → ${r.state.status}`);
            if (expected !== undefined && !r.ok) out.push(`refused but allowed: ${key} (${r.error.code})`);
            if (expected !== undefined && r.ok && r.state.status !== expected)
              out.push(`wrong target: ${key} → ${r.state.status}, expected ${expected}`);
            if (offered && offered.has(event) !== (expected !== undefined))
              out.push(`allowedEvents disagrees: ${key}`);
          }
        }
      }
  return found;
}

let full: Map<EventType, string[]> | undefined;

describe('every allowed transition by role (digest section 3 steps)', () => {
  it.each(
    SPEC.map((s) => [
      `${s.service} ${s.channel}: ${s.from} —${s.event}→ ${s.to} by ${s.role} (${s.cite})`,
      s,
    ]),
  )('%s', (_name, s) => {
    const variant = s.variants?.[0] ?? 'fresh';
    const state = makeState(s.service, s.channel, s.from, variant);
    const r = transition(state, validEvent(s.event, state), ctxFor(s.role, s.office));
    expect(r.ok ? r.state.status : r.error.code).toBe(s.to);
    // The same step at any other office type is refused (wrong-office or wrong role for it).
    for (const office of OFFICE_TYPES.filter((o) => o !== s.office)) {
      const other = transition(state, validEvent(s.event, state), ctxFor(s.role, office));
      expect(other.ok).toBe(false);
    }
  });
});

describe('every forbidden transition by role: the complement of the spec', () => {
  it.each(EVENT_TYPES.map((e) => [e]))('%s: allowed exactly where the spec allows it', (event) => {
    full ??= sweep(EVENT_TYPES, CASE_STATUSES);
    expect(full.get(event)).toEqual([]);
  });
});

describe('removing a guard from the table makes the tests above fail', () => {
  /** A mutation widens or moves one guard of one rule and returns how to undo it. */
  type Mutation = [
    name: string,
    applies: (r: TransitionRule) => boolean,
    apply: (r: TransitionRule) => () => void,
  ];
  type Mutable = { -readonly [K in keyof TransitionRule]: TransitionRule[K] };
  const swap = <K extends keyof TransitionRule>(r: TransitionRule, key: K, value: TransitionRule[K]) => {
    const was = r[key];
    (r as Mutable)[key] = value;
    return () => {
      (r as Mutable)[key] = was;
    };
  };
  const ALL_SERVICES = [...new Set(TRANSITION_RULES.flatMap((r) => r.services))];
  const mutations: Mutation[] = [
    ['roles widened', (r) => r.roles.length < ROLES.length, (r) => swap(r, 'roles', ROLES)],
    ['channels widened', (r) => r.channels.length < 2, (r) => swap(r, 'channels', ['district', 'center'])],
    [
      'services widened',
      (r) => r.services.length < ALL_SERVICES.length,
      (r) => swap(r, 'services', ALL_SERVICES),
    ],
    ['office changed', () => true, (r) => swap(r, 'office', r.office === 'district' ? 'center' : 'district')],
  ];
  // Only guards that restrict something: a rule open to every role has no role guard to remove.
  const cases = TRANSITION_RULES.flatMap((rule, i) =>
    mutations
      .filter(([, applies]) => applies(rule))
      .map(
        ([name, , apply]) =>
          [`rule ${i} (${rule.event} from ${rule.from.join(',')}): ${name}`, rule, apply] as const,
      ),
  );
  it.each(cases)('%s', (_name, rule, apply) => {
    const restore = apply(rule);
    try {
      expect(disagreements([rule.event], rule.from).length).toBeGreaterThan(0);
    } finally {
      restore();
    }
  });
});
