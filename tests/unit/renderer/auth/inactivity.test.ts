import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InactivityTimer } from '@renderer/auth/inactivity';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('inactivity lock', () => {
  it('fires once after the quiet period', () => {
    const onIdle = vi.fn();
    new InactivityTimer(60_000, onIdle);
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('activity pushes the deadline forward', () => {
    const onIdle = vi.fn();
    const timer = new InactivityTimer(60_000, onIdle);
    vi.advanceTimersByTime(50_000);
    timer.touch();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never fires once stopped', () => {
    const onIdle = vi.fn();
    const timer = new InactivityTimer(1_000, onIdle);
    timer.stop();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
