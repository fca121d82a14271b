// node-cron drives a tick every minute (and one at start, to catch up on what was missed while down).
import cron from "node-cron";
import { runTick } from "./runTick.js";
import type { SchedulerDeps } from "./types.js";

export interface RunningScheduler {
  stop(): Promise<void>;
}

export function startScheduler(deps: SchedulerDeps, clock: () => Date = () => new Date()): RunningScheduler {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runTick(deps, clock()).then(
      (report) => {
        if (report.sent + report.failed + report.retried + report.lost > 0)
          deps.log.info({ ...report }, "scheduler tick");
      },
      (error: unknown) => deps.log.error({ err: error }, "scheduler tick failed"),
    );
    return running;
  };
  const task = cron.schedule("* * * * *", tick, { name: "constancia-tick", noOverlap: true });
  void tick();
  return {
    async stop() {
      await task.stop();
      await running;
    },
  };
}
