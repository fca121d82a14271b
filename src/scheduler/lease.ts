// A claim kept while its send is made: renewed in the database as it runs, and given up before it can lapse.
import { realTimers } from "./timers.js";
import type { SchedulerDeps } from "./types.js";

/** How long a claimer owns a send, by the database's clock, before another instance may take it over. */
export const LEASE_MS = 2 * 60_000;
/** A send in progress renews its lease this often, so a slow send is not taken over while it runs. */
export const RENEW_EVERY_MS = 30_000;
/**
 * Work on a send stops this long before the last confirmed lease would run out. The lease is counted from
 * the moment its renewal was asked for, before the database set it; so by the time another instance may
 * take the send over, this one has abandoned it, even when renewals stop getting through.
 */
export const LEASE_MARGIN_MS = 20_000;

export interface KeptClaim {
  /** Aborts when the send must stop: the claim was taken over, or could not be renewed in time. */
  signal: AbortSignal;
  /** Another instance owns the send now: whatever this one did must not be recorded as its own. */
  taken(): boolean;
  /** Stops renewing: the send has settled. */
  release(): void;
}

/** Holds this instance's claim on `key` for a send about to start; null when it is no longer its own. */
export async function keepClaim(deps: SchedulerDeps, key: string): Promise<KeptClaim | null> {
  const timers = deps.timers ?? realTimers;
  const controller = new AbortController();
  let taken = false;
  let released = false;
  const lapse = () => controller.abort();
  // Armed before each renewal is asked for, and kept only once the database confirmed it.
  let guard = timers.after(LEASE_MS - LEASE_MARGIN_MS, lapse);
  if (!(await deps.schedule.holdClaim(key, deps.instance, LEASE_MS))) {
    guard();
    return null;
  }
  let nextRenewal = timers.after(RENEW_EVERY_MS, renew);

  async function renew(): Promise<void> {
    if (released) return;
    const candidate = timers.after(LEASE_MS - LEASE_MARGIN_MS, lapse);
    let held: boolean;
    try {
      held = await deps.schedule.holdClaim(key, deps.instance, LEASE_MS);
    } catch (error) {
      // The last confirmed lease still guards the send; try again at the next renewal.
      candidate();
      deps.log.error({ err: error, key }, "scheduled send: lease renewal failed");
      if (!released) nextRenewal = timers.after(RENEW_EVERY_MS, renew);
      return;
    }
    if (released) {
      candidate();
      return;
    }
    if (!held) {
      candidate();
      taken = true;
      controller.abort();
      return;
    }
    guard();
    guard = candidate;
    nextRenewal = timers.after(RENEW_EVERY_MS, renew);
  }

  return {
    signal: controller.signal,
    taken: () => taken,
    release() {
      released = true;
      guard();
      nextRenewal();
    },
  };
}
