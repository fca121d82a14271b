// The scheduler's timers (send deadlines, lease renewals) behind a port, so tests can move them on at will.

export interface Timers {
  /**
   * Calls `fn` once, `ms` from now; the returned function cancels it. `fn` may return a promise: a test
   * moving time on waits for it before the next timer fires.
   */
  after(ms: number, fn: () => void | Promise<void>): () => void;
}

export const realTimers: Timers = {
  after(ms, fn) {
    const timer = setTimeout(() => void fn(), ms);
    return () => clearTimeout(timer);
  },
};
