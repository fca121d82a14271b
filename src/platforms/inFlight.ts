// Work started for platform events, so that a stop waits for it before the database closes.
export interface InFlight {
  /** Runs `work` as tracked work and returns its result. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once everything tracked so far has settled, whatever its outcome. */
  settled(): Promise<void>;
  /** How many are still running. */
  size(): number;
}

export function inFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      const tracked = work.finally(() => running.delete(tracked));
      running.add(tracked);
      return tracked;
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    size: () => running.size,
  };
}
