import { describe, expect, it } from 'vitest';
import { digitOfKeyCode, EMPTY_WEDGE, feedWedge, type WedgeState } from '@shared/scan/wedge';

function scan(codes: string[], gap: number, start = 1000) {
  let state: WedgeState = EMPTY_WEDGE;
  let result: string | null = null;
  codes.forEach((code, i) => {
    const step = feedWedge(state, { code, at: start + i * gap });
    state = step.state;
    if (step.scan) result = step.scan;
  });
  return result;
}

const keys = (digits: string) => [...digits].map((d) => `Digit${d}`);

describe('keyboard-wedge scanner decoding (docs/decisions.md, identity and numbering)', () => {
  it('decodes physical digit keys whatever the layout typed', () => {
    // Under the Kazakh layout Digit2 types «ә»: the key code still says 2.
    expect(digitOfKeyCode('Digit2')).toBe('2');
    expect(digitOfKeyCode('Numpad7')).toBe('7');
    expect(digitOfKeyCode('KeyA')).toBeNull();
  });
  it('returns a fast burst of digits ended by Enter', () => {
    expect(scan([...keys('1200260001237'), 'Enter'], 10)).toBe('1200260001237');
    expect(scan([...keys('1200260001237'), 'NumpadEnter'], 10)).toBe('1200260001237');
  });
  it('ignores typing at human speed', () => {
    expect(scan([...keys('1200260001237'), 'Enter'], 150)).toBeNull();
  });
  it('ignores short bursts and bursts broken by other keys', () => {
    expect(scan([...keys('123'), 'Enter'], 10)).toBeNull();
    expect(scan([...keys('120026'), 'KeyQ', ...keys('0001237'), 'Enter'], 10)).toBeNull();
  });
  it('restarts after a pause', () => {
    const codes = [...keys('99'), ...keys('1200260001237'), 'Enter'];
    let state: WedgeState = EMPTY_WEDGE;
    let out: string | null = null;
    codes.forEach((code, i) => {
      const at = i < 2 ? i * 10 : 5000 + i * 10;
      const step = feedWedge(state, { code, at });
      state = step.state;
      if (step.scan) out = step.scan;
    });
    expect(out).toBe('1200260001237');
  });
});
