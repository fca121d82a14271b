// Tries a step again and again, waiting twice as long after each failure (up to a ceiling), until it
// succeeds or the signal aborts.
import { setTimeout as sleep } from "node:timers/promises";

export interface RetryDelays {
  firstDelayMs: number;
  maxDelayMs: number;
}

/** Resolves true once `attempt` succeeded, false when aborted first. */
export async function retryUntilDone(
  attempt: () => Promise<void>,
  { firstDelayMs, maxDelayMs }: RetryDelays,
  signal: AbortSignal,
  onFailure: (error: unknown) => void,
): Promise<boolean> {
  let delay = firstDelayMs;
  while (!signal.aborted) {
    const waited = await sleep(delay, true, { signal }).catch(() => false);
    if (!waited) return false;
    try {
      await attempt();
      return true;
    } catch (error) {
      if (signal.aborted) return false;
      onFailure(error);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
  return false;
}
