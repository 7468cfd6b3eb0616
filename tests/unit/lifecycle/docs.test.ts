import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CASE_STATUSES, EVENT_TYPES, TRANSITION_RULES } from '@shared/lifecycle';

// docs/lifecycle.md is what people read; it must not drift from the table the machine runs on.
const doc = readFileSync(join(__dirname, '../../../docs/lifecycle.md'), 'utf8');
const GENERIC = new Set(['correct', 'withdraw', 'cancel']);

describe('docs/lifecycle.md', () => {
  it('draws exactly the edges of the transition table (correction, withdrawal, cancellation aside)', () => {
    const drawn = [...doc.matchAll(/^\s+(\w+) -->\|([\w-]+)\| (\w+)$/gm)].map(
      ([, from, event, to]) => `${from?.replace(/_/g, '-')} ${event} ${to?.replace(/_/g, '-')}`,
    );
    const table = TRANSITION_RULES.filter((r) => !GENERIC.has(r.event)).flatMap((r) =>
      r.from.flatMap((f) => r.to.map((t) => `${f} ${r.event} ${t}`)),
    );
    expect([...new Set(drawn)].sort()).toEqual([...new Set(table)].sort());
  });

  it('has a row for every status and mentions every event', () => {
    for (const s of CASE_STATUSES) expect(doc, s).toMatch(new RegExp(`^\\| \`${s}\` +\\|`, 'm'));
    for (const e of EVENT_TYPES) expect(doc, e).toContain(`\`${e}\``);
  });
});
