// node-cron drives a tick every minute (and one at start, to catch up on what was missed while down); each
// tick claims what is due and hands it to long-lived delivery pools, one per platform.
import { performance } from "node:perf_hooks";
import cron from "node-cron";
import { type DispatchedTick, dispatchTick, poolsFor } from "./runTick.js";
import type { SchedulerDeps } from "./types.js";

export interface Scheduler {
  /** Claims what is due at `now` and hands it to the pools; resolves once claimed, not once delivered. */
  tick(now: Date): Promise<DispatchedTick>;
  /** Hands the sends not started back to the send log for any instance to retake, and waits for the rest. */
  stop(): Promise<void>;
}

export function createScheduler(deps: SchedulerDeps, clock: () => Date = () => new Date()): Scheduler {
  const pools = poolsFor(deps, clock);
  return {
    async tick(now) {
      const started = performance.now();
      const dispatched = await dispatchTick(deps, now, pools);
      deps.metrics?.tick((performance.now() - started) / 1000);
      return dispatched;
    },
    async stop() {
      const { handedBack, settled } = pools.stop();
      await deps.schedule.releaseClaims(handedBack, deps.instance);
      await settled;
    },
  };
}

export interface RunningScheduler {
  stop(): Promise<void>;
}

export interface StartOptions {
  /** False: only the start-up tick, none on the minute (tests that must know when the database is used). */
  everyMinute?: boolean;
}

export function startScheduler(
  deps: SchedulerDeps,
  clock: () => Date = () => new Date(),
  { everyMinute = true }: StartOptions = {},
): RunningScheduler {
  const scheduler = createScheduler(deps, clock);
  let claiming: Promise<unknown> = Promise.resolve();
  const tick = () => {
    claiming = scheduler.tick(clock()).then(
      ({ delivered }) => {
        // Not waited for: the next tick claims while these are still being delivered.
        void delivered.then(
          (report) => {
            if (report.sent + report.failed + report.retried + report.lost > 0)
              deps.log.info({ ...report }, "scheduler tick");
            else deps.log.debug?.({ ...report }, "scheduler tick");
          },
          (error: unknown) => deps.log.error({ err: error }, "scheduler tick: delivery failed"),
        );
      },
      (error: unknown) => deps.log.error({ err: error }, "scheduler tick failed"),
    );
    return claiming;
  };
  // No overlap only for claiming, which is database work: deliveries run on in the pools.
  const task = everyMinute
    ? cron.schedule("* * * * *", tick, { name: "constancia-tick", noOverlap: true })
    : null;
  void tick();
  return {
    async stop() {
      await task?.stop();
      await claiming;
      await scheduler.stop();
    },
  };
}
