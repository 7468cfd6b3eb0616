import { describe, expect, it } from 'vitest';
import { ownerOfPart, TRANSITION_RULES } from '@shared/lifecycle';

describe('only the owner of a part bumps its revision (docs/decisions.md, registry exchange)', () => {
  it.each([
    ['intake', 'center', 'center'],
    ['intake', 'district', 'district'],
    ['processing', 'center', 'district'],
    ['processing', 'district', 'district'],
    ['payment', 'district', 'department'],
  ] as const)('%s of a %s case belongs to the %s office', (part, channel, office) => {
    expect(ownerOfPart(part, channel)).toBe(office);
  });

  it.each(TRANSITION_RULES.map((r, i) => [`rule ${i}: ${r.event} at ${r.office}`, r] as const))(
    '%s writes a part its office owns',
    (_n, rule) => {
      for (const channel of rule.channels) expect(ownerOfPart(rule.part, channel)).toBe(rule.office);
    },
  );
});
