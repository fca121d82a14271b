// The Telegram platform: long polling (or a webhook), the core behind it, and the sender for scheduled posts.
import { GrammyError, HttpError } from "grammy";
import type { Update } from "grammy/types";
import type { CoreDeps } from "../../core/commands/context.js";
import type { Logger } from "../../log.js";
import type { PlatformAdapter } from "../adapter.js";
import { answerBoxes } from "./answerBoxes.js";
import { chatQueues } from "./chatQueues.js";
import { publishMenus } from "./commands.js";
import { type APIThrottlerOptions, createBot, POLL_TIMEOUT_SECONDS } from "./createBot.js";
import { failureDetails } from "./failureDetails.js";
import { callbackHandler } from "./onCallback.js";
import { messageHandler } from "./onMessage.js";
import { myChatMemberHandler } from "./onMyChatMember.js";
import { type Polling, startPolling } from "./polling.js";
import { publishProfile } from "./profile.js";
import { type RetryDelays, retryUntilDone } from "./retryUntilDone.js";
import { createTelegramSender } from "./sender.js";
import { ALLOWED_UPDATES } from "./updates.js";
import { routeWebhook, type WebhookOptions, webhookSecretFor } from "./webhook.js";

export interface TelegramAdapterOptions {
  token: string;
  apiRoot: string;
  deps: CoreDeps;
  clock: () => Date;
  log: Logger;
  /** Webhook mode; long polling when absent. */
  webhook?: WebhookOptions;
  throttle?: APIThrottlerOptions;
  /** How long one getUpdates call waits for news; under the client's deadline for any call. */
  pollTimeoutSeconds?: number;
  /** How soon a start that could not reach Telegram is tried again, in the background. */
  startRetry?: RetryDelays;
}

export interface TelegramAdapter extends PlatformAdapter {
  /** The bot's @username, known once connected. */
  botUsername(): string;
  /** Resolves once Telegram was reached and updates are taken: at start, or after an outage at start. */
  whenConnected(): Promise<void>;
}

/**
 * Updates waiting behind the one a chat is handling. Only a flood reaches it; past it, that chat's new
 * updates are dropped.
 */
export const MAX_WAITING_PER_CHAT = 100;

const START_RETRY: RetryDelays = { firstDelayMs: 1000, maxDelayMs: 30_000 };

/** Telegram unreachable or overloaded: worth trying again. A refusal (a bad token or URL) is not. */
function isOutage(error: unknown): boolean {
  if (error instanceof HttpError) return true;
  return error instanceof GrammyError && (error.error_code === 429 || error.error_code >= 500);
}

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { deps, clock, log, webhook } = options;
  const bot = createBot(options);
  const secret = webhook === undefined ? "" : (webhook.secret ?? webhookSecretFor(options.token));
  const queues = chatQueues(MAX_WAITING_PER_CHAT);
  // Chats whose dropped updates were logged, so a flood logs once rather than once per update.
  const overflowing = new Set<string>();
  const stopping = new AbortController();
  let polling: Polling | null = null;
  let webhookSet = false;
  let connected: () => void = () => {};
  const whenConnected = new Promise<void>((resolve) => {
    connected = resolve;
  });

  // Failures stay here, in either mode: grammY's error holds the whole context, the token included.
  async function reporting(updateId: number, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const { telegram, details } = failureDetails(error);
      const entry = { updateId, ...details };
      if (telegram) log.warn(entry, "telegram update failed");
      else log.error(entry, "telegram update failed");
    }
  }
  const handle = (update: Update) => reporting(update.update_id, () => bot.handleUpdate(update));

  // A document counts only with a caption: its command (/roadmap import); alone it says nothing to us.
  const fileUrl = (path: string) => `${options.apiRoot}/file/bot${options.token}/${path}`;
  // Shared by the Answer press that sends a box and the reply to it that answers.
  const boxes = answerBoxes();
  // Media too: while a question is open, a voice note or a photo is told to come as text instead.
  bot.on(
    [
      "message:text",
      "message:caption",
      "message:voice",
      "message:audio",
      "message:photo",
      "message:video",
      "message:video_note",
      "message:animation",
      "message:sticker",
      "message:document",
    ],
    messageHandler({
      deps,
      clock,
      boxes,
      fileUrl,
      replyLater: (send, { chat, updateId }) => queues.reply(chat, () => reporting(updateId, send)),
    }),
  );
  bot.on("callback_query:data", callbackHandler({ deps, clock, boxes }));
  bot.on("my_chat_member", myChatMemberHandler(deps.defaultLocale));

  function take(update: Update): void {
    // A press waits its turn behind the chat's messages, as a message would.
    const chat = String(
      update.message?.chat.id ??
        update.callback_query?.message?.chat.id ??
        update.my_chat_member?.chat.id ??
        "",
    );
    if (queues.push(chat, () => handle(update))) {
      overflowing.delete(chat);
      return;
    }
    if (overflowing.has(chat)) return;
    overflowing.add(chat);
    log.warn(
      { chat, waiting: MAX_WAITING_PER_CHAT },
      "telegram: a chat's backlog is full; dropping its updates",
    );
  }

  /** Every step may be repeated; a stop while one is in flight keeps the bot from serving after it. */
  async function connect(signal: AbortSignal): Promise<void> {
    // Not bot.init(): it retries a network error without end, and a start must not hang on an outage.
    if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
    await publishMenus(bot.api, deps.defaultLocale);
    // The profile is a courtesy: a refusal (its rate limit, after many restarts) must not keep the bot off.
    await publishProfile(bot.api, deps.defaultLocale).catch((error: unknown) =>
      log.warn(failureDetails(error).details, "telegram: the bot's description was not set"),
    );
    if (webhook !== undefined) {
      await bot.api.setWebhook(webhook.url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
      if (signal.aborted) return;
      webhookSet = true;
      // The path may hold a secret of its own.
      log.info({ bot: bot.botInfo.username, webhook: new URL(webhook.url).origin }, "telegram: webhook set");
    } else {
      // Polling and a webhook exclude each other: a webhook left from an earlier run would block getUpdates.
      await bot.api.deleteWebhook();
      if (signal.aborted) return;
      polling = startPolling(bot, {
        timeoutSeconds: options.pollTimeoutSeconds ?? POLL_TIMEOUT_SECONDS,
        take,
        log,
      });
      log.info({ bot: bot.botInfo.username }, "telegram: long polling");
    }
    connected();
  }

  function retryInBackground(): Promise<boolean> {
    return retryUntilDone(
      () => connect(stopping.signal),
      options.startRetry ?? START_RETRY,
      stopping.signal,
      (error) => {
        const { details } = failureDetails(error);
        if (isOutage(error)) log.warn(details, "telegram: still not reachable");
        else log.error(details, "telegram: refused; check TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_URL");
      },
    );
  }

  return {
    ...createTelegramSender(bot.api),

    async start() {
      if (webhook !== undefined) {
        routeWebhook(webhook.http, webhook.url, secret, {
          ready: () => webhookSet && !stopping.signal.aborted,
          take,
        });
      }
      try {
        await connect(stopping.signal);
      } catch (error) {
        // A refused token or webhook URL is the operator's to fix now; an outage only delays serving.
        if (!isOutage(error)) throw error;
        log.warn(
          failureDetails(error).details,
          "telegram: not reachable at start; trying again in the background",
        );
        void retryInBackground();
      }
    },

    async stop() {
      // A start still trying in the background gives up; a call it has in flight ends by its deadline.
      stopping.abort();
      await polling?.stop();
      // The runner and the webhook hand updates over and return at once: wait for their handlers here.
      await queues.settled();
    },

    connected() {
      if (stopping.signal.aborted) return false;
      return webhookSet || polling?.healthy() === true;
    },

    botUsername() {
      return bot.botInfo.username;
    },

    whenConnected: () => whenConnected,
  };
}
