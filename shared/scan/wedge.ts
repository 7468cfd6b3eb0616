/**
 * Keyboard-wedge barcode scanners type fast digits then Enter. Under the Kazakh layout the digit row
 * types letters (ә, і, ң …) and under the Russian one shifted keys type punctuation, so digits are
 * decoded from the physical key (`KeyboardEvent.code`), never from the character (docs/decisions.md).
 * Pure: the caller passes each key with its timestamp.
 */

export interface WedgeKey {
  code: string;
  /** ms, e.g. KeyboardEvent.timeStamp */
  at: number;
}

export interface WedgeOptions {
  /** Longest gap between two keys of one scan; people type slower than this. */
  maxGapMs: number;
  minLength: number;
  maxLength: number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = { maxGapMs: 50, minLength: 8, maxLength: 20 };

/** The digit a physical key stands for, whatever the layout; null for other keys. */
export function digitOfKeyCode(code: string): string | null {
  const m = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  return m ? m[1]! : null;
}

export interface WedgeState {
  digits: string;
  lastAt: number;
}

export const EMPTY_WEDGE: WedgeState = { digits: '', lastAt: -Infinity };

export type WedgeStep =
  { state: WedgeState; scan: null; consumed: boolean } | { state: WedgeState; scan: string; consumed: true };

/**
 * Feed one key. Returns the finished scan on Enter when the digits came fast enough; `consumed` tells
 * the caller the key belongs to a scan in progress (so it can keep it out of a focused text field).
 */
export function feedWedge(
  state: WedgeState,
  key: WedgeKey,
  opts: WedgeOptions = DEFAULT_WEDGE_OPTIONS,
): WedgeStep {
  const fast = key.at - state.lastAt <= opts.maxGapMs;
  if (key.code === 'Enter' || key.code === 'NumpadEnter') {
    const ok = fast && state.digits.length >= opts.minLength && state.digits.length <= opts.maxLength;
    return ok
      ? { state: EMPTY_WEDGE, scan: state.digits, consumed: true }
      : { state: EMPTY_WEDGE, scan: null, consumed: false };
  }
  const digit = digitOfKeyCode(key.code);
  if (digit === null) return { state: EMPTY_WEDGE, scan: null, consumed: false };
  const digits = fast ? state.digits + digit : digit;
  return { state: { digits, lastAt: key.at }, scan: null, consumed: fast && state.digits.length > 0 };
}
