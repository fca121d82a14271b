// The grammY bot every Telegram call goes through: one client, pointed at apiRoot, throttled and retrying.

import { autoRetry } from "@grammyjs/auto-retry";
import { type APIThrottlerOptions, apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot } from "grammy";
import { commandNameTransformer } from "./commandNames.js";

export interface BotOptions {
  token: string;
  /** Telegram's own server, or a self-hosted Bot API server (and the fake one in tests). */
  apiRoot: string;
  /** The throttler's limits; by default Telegram's (under 30 messages/s, 20/min per group). */
  throttle?: APIThrottlerOptions;
  /** How long one call to Telegram may take before it fails; CALL_TIMEOUT_SECONDS by default. */
  callTimeoutSeconds?: number;
}

export type { APIThrottlerOptions };

/**
 * The longest one HTTP call to Telegram may take, well under the scheduler's 2-minute claim on a send.
 * grammY applies it to getUpdates too, so a long poll must ask Telegram to answer sooner (POLL_TIMEOUT_SECONDS).
 */
export const CALL_TIMEOUT_SECONDS = 30;
/** How long Telegram holds a getUpdates open when nothing happens; under CALL_TIMEOUT_SECONDS. */
export const POLL_TIMEOUT_SECONDS = 20;

/**
 * A 429 asking for a longer wait is a failure to report (a scheduled send tries again on a later tick), not
 * a wait that holds the send past its claim. At most two tries after the first: 3 calls, 2 short waits.
 */
const RETRY = { maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowHttpErrors: true };

/**
 * Telegram's ≈30 messages/s, spread out: the throttler's default lets 30 go at each second's refill, and
 * a burst that reaches Telegram sooner than the last one did overdraws the limit (a 429 and a wait).
 * One start every 34 ms (29.4/s) never does. Per-chat limits keep the throttler's defaults.
 */
const TELEGRAM_GLOBAL_LIMIT = {
  reservoir: 30,
  reservoirRefreshAmount: 30,
  reservoirRefreshInterval: 1000,
  minTime: 34,
};

export function createBot({ token, apiRoot, throttle, callTimeoutSeconds }: BotOptions): Bot {
  const bot = new Bot(token, {
    client: { apiRoot, timeoutSeconds: callTimeoutSeconds ?? CALL_TIMEOUT_SECONDS },
  });
  // grammY runs the transformer installed last first: auto-retry wraps the throttler, so a call retried
  // after a 429 waits its turn again instead of jumping the queue.
  bot.api.config.use(apiThrottler(throttle ?? { global: TELEGRAM_GLOBAL_LIMIT }));
  // Network errors fail at once (rethrowHttpErrors) instead of being retried for up to an hour: Telegram
  // being unreachable is the caller's to handle (a send is retried on a later tick, a start in the background).
  bot.api.config.use(autoRetry(RETRY));
  bot.api.config.use(commandNameTransformer);
  return bot;
}
