/**
 * Locks the session after a quiet period. Activity only pushes a deadline forward; one timer checks
 * it, so frequent mouse moves cost nothing.
 */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export interface InactivityDeps {
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

const defaultDeps: InactivityDeps = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class InactivityTimer {
  private deadline = 0;
  private handle: unknown = null;
  private stopped = false;

  constructor(
    private readonly limitMs: number,
    private readonly onIdle: () => void,
    private readonly deps: InactivityDeps = defaultDeps,
  ) {
    this.touch();
    this.schedule(limitMs);
  }

  /** Called on user activity. */
  touch(): void {
    this.deadline = this.deps.now() + this.limitMs;
  }

  stop(): void {
    this.stopped = true;
    if (this.handle !== null) this.deps.clearTimer(this.handle);
    this.handle = null;
  }

  private schedule(ms: number) {
    this.handle = this.deps.setTimer(() => this.check(), Math.max(ms, 250));
  }

  private check() {
    if (this.stopped) return;
    const left = this.deadline - this.deps.now();
    if (left <= 0) {
      this.stop();
      this.onIdle();
    } else {
      this.schedule(left);
    }
  }
}
