// The Telegram platform: long polling (or a webhook), the core behind it, and the sender for scheduled posts.
import { type RunnerHandle, run, sequentialize } from "@grammyjs/runner";
import type { CoreDeps } from "../../core/commands/context.js";
import type { HttpServer } from "../../http/server.js";
import type { Logger } from "../../log.js";
import type { PlatformAdapter } from "../adapter.js";
import { inFlight } from "../inFlight.js";
import { publishMenus } from "./commands.js";
import { type APIThrottlerOptions, createBot } from "./createBot.js";
import { messageHandler } from "./onMessage.js";
import { createTelegramSender } from "./sender.js";
import { ALLOWED_UPDATES } from "./updates.js";
import { serveWebhook } from "./webhook.js";

export interface TelegramAdapterOptions {
  token: string;
  apiRoot: string;
  deps: CoreDeps;
  clock: () => Date;
  log: Logger;
  /** Webhook mode; long polling when absent. */
  webhook?: { url: string; secret: string; http: HttpServer };
  throttle?: APIThrottlerOptions;
  /** How long one getUpdates call waits for news. */
  pollTimeoutSeconds?: number;
}

export interface TelegramAdapter extends PlatformAdapter {
  /** The bot's @username, known once started. */
  botUsername(): string;
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { deps, clock, log, webhook } = options;
  const bot = createBot(options);
  let runner: RunnerHandle | null = null;
  let webhookServed = false;
  // The runner hands updates over and returns at once, so a stop must wait for their handlers itself.
  const handling = inFlight();

  bot.use((_ctx, next) => handling.track(next()));
  // One chat's updates in order (a check-in before the /progress that follows it); chats in parallel.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.on("message:text", messageHandler({ deps, clock }));
  bot.catch(({ error, ctx }) => {
    log.error({ err: error, updateId: ctx.update.update_id }, "telegram update failed");
  });

  return {
    ...createTelegramSender(bot.api),

    async start() {
      await bot.init();
      await publishMenus(bot.api, deps.defaultLocale);
      if (webhook !== undefined) {
        await serveWebhook(bot, webhook);
        webhookServed = true;
        log.info({ bot: bot.botInfo.username, url: webhook.url }, "telegram: webhook set");
        return;
      }
      // Polling and a webhook exclude each other: a webhook left from an earlier run would block getUpdates.
      await bot.api.deleteWebhook();
      runner = run(bot, {
        runner: {
          fetch: { timeout: options.pollTimeoutSeconds ?? 30, allowed_updates: ALLOWED_UPDATES },
        },
      });
      log.info({ bot: bot.botInfo.username }, "telegram: long polling");
    },

    async stop() {
      webhookServed = false;
      if (runner?.isRunning()) await runner.stop();
      await handling.settled();
    },

    connected() {
      return webhookServed || runner?.isRunning() === true;
    },

    botUsername() {
      return bot.botInfo.username;
    },
  };
}
