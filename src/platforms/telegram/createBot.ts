// The grammY bot every Telegram call goes through: one client, pointed at apiRoot, throttled and retrying.
import { autoRetry } from "@grammyjs/auto-retry";
import { type APIThrottlerOptions, apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot } from "grammy";

export interface BotOptions {
  token: string;
  /** Telegram's own server, or a self-hosted Bot API server (and the fake one in tests). */
  apiRoot: string;
  /** The throttler's limits; by default Telegram's (under 30 messages/s, 20/min per group). */
  throttle?: APIThrottlerOptions;
}

export type { APIThrottlerOptions };

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

export function createBot({ token, apiRoot, throttle }: BotOptions): Bot {
  const bot = new Bot(token, { client: { apiRoot } });
  // grammY runs the transformer installed last first: auto-retry wraps the throttler, so a call retried
  // after a 429 waits its turn again instead of jumping the queue.
  bot.api.config.use(apiThrottler(throttle ?? { global: TELEGRAM_GLOBAL_LIMIT }));
  // Bounded, so a scheduled send fails as transient instead of hanging through a long outage.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 120 }));
  return bot;
}
