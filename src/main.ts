// Composition root: configuration, database, roadmap, core, and the platforms that serve it.
import { userInfo } from "node:os";
import type { Config } from "./config.js";
import type { CoreDeps } from "./core/commands/context.js";
import { localeFrom, messagesFor } from "./core/messages/index.js";
import type { Locale } from "./core/roadmap/types.js";
import { type DatabaseHandle, openDatabase } from "./db/client.js";
import { createStore } from "./db/store.js";
import { createHttpServer } from "./http/server.js";
import { createLogger, type Logger } from "./log.js";
import { runConsole } from "./platforms/console/runConsole.js";
import { createTelegramAdapter } from "./platforms/telegram/adapter.js";
import { generateWebhookSecret } from "./platforms/telegram/webhook.js";
import { loadRoadmap } from "./roadmap/load.js";

export function databaseFor(config: Config): Promise<DatabaseHandle> {
  return openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
}

export async function migrate(config: Config): Promise<string> {
  const database = await databaseFor(config);
  try {
    await database.migrate();
    return database.label;
  } finally {
    await database.close();
  }
}

function localName(): string {
  try {
    return userInfo().username || "me";
  } catch {
    return "me";
  }
}

/** Resolves on Ctrl+C or a stop signal from the service manager. */
function untilShutdown(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** Serves Telegram until the process is told to stop, then lets updates in flight finish. */
async function serveTelegram(config: Config, token: string, deps: CoreDeps, log: Logger): Promise<void> {
  const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
  const http = webhookUrl === undefined ? null : createHttpServer({ port: config.HTTP_PORT, log });
  const telegram = createTelegramAdapter({
    token,
    apiRoot: config.TELEGRAM_API_URL,
    deps,
    clock: () => new Date(),
    log,
    webhook:
      http === null || webhookUrl === undefined
        ? undefined
        : { url: webhookUrl, secret: config.TELEGRAM_WEBHOOK_SECRET ?? generateWebhookSecret(), http },
  });
  try {
    // Listening before the webhook is registered, so Telegram's first post finds the route.
    if (http !== null) log.info({ port: await http.listen() }, "http: listening");
    const shutdown = untilShutdown();
    await telegram.start();
    const username = telegram.botUsername();
    const t = messagesFor(localeFrom(config.LANG) ?? deps.defaultLocale);
    process.stdout.write(`${t["telegram.running"]({ username, webhook: http !== null })}\n`);
    await shutdown;
  } finally {
    await telegram.stop();
    await http?.close();
  }
}

export async function start(
  config: Config,
  // A bot serving a platform reports what it does; the terminal stays quiet for the conversation.
  log: Logger = createLogger(config.LOG_LEVEL ?? (config.TELEGRAM_BOT_TOKEN ? "info" : "warn")),
): Promise<void> {
  const roadmap = await loadRoadmap(config.ROADMAP);
  const database = await databaseFor(config);
  try {
    await database.migrate();
    const defaultLocale = config.DEFAULT_LANGUAGE as Locale;
    const deps: CoreDeps = {
      store: createStore(database.db),
      roadmap,
      defaultTimezone: config.DEFAULT_TIMEZONE,
      defaultLocale,
      log,
    };
    if (config.TELEGRAM_BOT_TOKEN !== undefined) {
      log.info({ database: database.label, roadmap: roadmap.id }, "starting on Telegram");
      await serveTelegram(config, config.TELEGRAM_BOT_TOKEN, deps, log);
      return;
    }
    log.info({ database: database.label, roadmap: roadmap.id }, "starting in the console");
    await runConsole({
      deps,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      locale: localeFrom(config.LANG) ?? defaultLocale,
      localName: localName(),
      databaseLabel: database.label,
      clock: () => new Date(),
    });
  } finally {
    await database.close();
  }
}
