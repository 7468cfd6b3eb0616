/**
 * Declarative conditions over situation answers. Data, not functions, so that an administrator's
 * override can be stored as JSON and evaluated the same way as the shipped defaults.
 */

export type Condition =
  | { always: boolean }
  | { key: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Answers keyed by situation key; `subtype` is reserved for the chosen sub-type. */
export type Answers = Readonly<Record<string, string | undefined>>;

export const ALWAYS: Condition = { always: true };
export const NEVER: Condition = { always: false };

export function when(key: string, ...values: string[]): Condition {
  return { key, in: values };
}
export function all(...conditions: Condition[]): Condition {
  return { all: conditions };
}
export function any(...conditions: Condition[]): Condition {
  return { any: conditions };
}
export function not(condition: Condition): Condition {
  return { not: condition };
}

export function evaluate(condition: Condition, answers: Answers): boolean {
  if ('always' in condition) return condition.always;
  if ('key' in condition) {
    const answer = answers[condition.key];
    return answer !== undefined && condition.in.includes(answer);
  }
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
  return !evaluate(condition.not, answers);
}

/** Every key/value pair a condition tests, for listing what changes a checklist. */
export function conditionTerms(condition: Condition, out: Map<string, Set<string>> = new Map()) {
  if ('key' in condition) {
    const set = out.get(condition.key) ?? new Set<string>();
    condition.in.forEach((v) => set.add(v));
    out.set(condition.key, set);
  } else if ('all' in condition) condition.all.forEach((c) => conditionTerms(c, out));
  else if ('any' in condition) condition.any.forEach((c) => conditionTerms(c, out));
  else if ('not' in condition) conditionTerms(condition.not, out);
  return out;
}
