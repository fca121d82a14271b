// Long polling: grammY's runner calls getUpdates in a loop and hands every update to `take` at once.
import { run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../log.js";
import { failureDetails } from "./failureDetails.js";
import { ALLOWED_UPDATES } from "./updates.js";

export interface PollingOptions {
  /** How long one getUpdates call waits for news. */
  timeoutSeconds: number;
  /** Queues an update and returns; it must not wait for the update to be handled. */
  take(update: Update): void;
  log: Logger;
}

export interface Polling {
  /** Polling, and the last getUpdates reached Telegram. */
  healthy(): boolean;
  stop(): Promise<void>;
}

/** Between two getUpdates that failed: steady, so polling resumes soon after an outage of any length. */
const RETRY_INTERVAL_MS = 1000;

export function startPolling(bot: Bot, { timeoutSeconds, take, log }: PollingOptions): Polling {
  let failing = false;
  const runner = run<Update, unknown>(
    {
      // The runner handles up to 500 updates at once and fetches no more while they run: one chat's
      // backlog waiting in them would hold every other chat's updates. `take` returns at once instead.
      handleUpdate: async (update) => take(update),
      errorHandler: () => {},
      api: {
        async getUpdates(args, signal) {
          try {
            const updates = await bot.api.getUpdates(args, signal);
            if (failing) log.info("telegram: reached again; polling");
            failing = false;
            return updates;
          } catch (error) {
            if (!failing && !signal.aborted) {
              log.warn(failureDetails(error).details, "telegram: getUpdates failed; retrying every second");
            }
            failing = !signal.aborted;
            throw error;
          }
        },
      },
    },
    {
      runner: {
        fetch: { timeout: timeoutSeconds, allowed_updates: ALLOWED_UPDATES },
        retryInterval: RETRY_INTERVAL_MS,
        maxRetryTime: Number.POSITIVE_INFINITY,
        // The runner would print each failure whole, and a network error's cause names the token.
        silent: true,
      },
    },
  );
  // It gives up only on what retrying cannot fix: a revoked token (401), another poller or a webhook (409).
  runner.task()?.catch((error: unknown) => {
    log.error(failureDetails(error).details, "telegram: long polling stopped");
  });

  return {
    healthy: () => runner.isRunning() && !failing,
    async stop() {
      if (runner.isRunning()) await runner.stop();
    },
  };
}
