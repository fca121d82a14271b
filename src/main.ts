// Composition root: configuration, database, roadmap, core, scheduler, and the platforms that serve it.
import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";
import { join } from "node:path";
import { GrammyError } from "grammy";
import { renderChart } from "./charts/renderChart.js";
import { type Config, ConfigError } from "./config.js";
import type { CoreDeps } from "./core/commands/context.js";
import type { PlatformSender } from "./core/delivery.js";
import { createFloodGuard } from "./core/limits/floodGuard.js";
import { localeFrom, messagesFor } from "./core/messages/index.js";
import type { Platform } from "./core/ports.js";
import type { Locale } from "./core/roadmap/types.js";
import { type DatabaseHandle, openDatabase } from "./db/client.js";
import { createCommandHashStore } from "./db/commandHashStore.js";
import { createMockStore } from "./db/mockStore.js";
import { createScheduleStore } from "./db/scheduleStore.js";
import { createStore } from "./db/store.js";
import { createGithubCheck } from "./github/client.js";
import { serveHealth } from "./http/health.js";
import { createPrometheusMetrics } from "./http/metrics.js";
import { createHttpServer } from "./http/server.js";
import { judgeFor } from "./llmJudge/fromConfig.js";
import { measuredJudge } from "./llmJudge/measured.js";
import { createLogger, type Logger } from "./log.js";
import type { PlatformAdapter } from "./platforms/adapter.js";
import { consoleSender } from "./platforms/console/consoleSender.js";
import { runConsole } from "./platforms/console/runConsole.js";
import { createDiscordAdapter } from "./platforms/discord/discordAdapter.js";
import { createTelegramAdapter } from "./platforms/telegram/telegramAdapter.js";
import { createCatalog, loadInstalled } from "./roadmapFile/catalog.js";
import { composeDepsFor } from "./scheduler/plan.js";
import { type PreviewItem, previewDue } from "./scheduler/preview.js";
import { type RunningScheduler, startScheduler } from "./scheduler/startScheduler.js";
import type { SchedulerDeps } from "./scheduler/types.js";

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

async function openCore(config: Config, log: Logger): Promise<{ deps: CoreDeps; database: DatabaseHandle }> {
  const installed = await loadInstalled(config.ROADMAP);
  const database = await databaseFor(config);
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const store = createStore(database.db);
  const roadmaps = createCatalog(installed, { store });
  const deps: CoreDeps = {
    store,
    schedule: createScheduleStore(database.db),
    roadmap: roadmaps.fallback,
    roadmaps,
    defaultTimezone: config.DEFAULT_TIMEZONE,
    defaultLocale: config.DEFAULT_LANGUAGE as Locale,
    log,
    mock: createMockStore(database.db, { llmDailyBudget: config.LLM_DAILY_BUDGET }),
    judge: judgeFor(config, log),
    mockDailyLimit: config.MOCK_DAILY_LIMIT,
    evidenceCheck: createGithubCheck({ apiUrl: config.GITHUB_API_URL, token: config.GITHUB_TOKEN, log }),
  };
  return { deps, database };
}

function schedulerDeps(deps: CoreDeps, senders: PlatformSender[], log: Logger): SchedulerDeps {
  return {
    ...composeDepsFor(deps),
    senders: new Map<Platform, PlatformSender>(senders.map((s) => [s.platform, s])),
    renderChart: (chart) => ({
      png: renderChart(chart),
      filename: `summary-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}.png`,
      alt: chart.alt,
    }),
    instance: randomUUID(),
    log,
  };
}

/** Resolves on Ctrl+C or a stop signal from the service manager. */
function untilShutdown(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/**
 * Serves every platform whose token is set (Telegram, Discord), and sends the scheduler's messages
 * through them, until the process is told to stop.
 */
async function servePlatforms(
  config: Config,
  core: CoreDeps,
  database: DatabaseHandle,
  log: Logger,
): Promise<void> {
  const token = config.TELEGRAM_BOT_TOKEN;
  const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
  // HTTP_PORT=0 turns the server off; the webhook needs it, so webhook mode keeps it on a random port then.
  const http =
    config.HTTP_PORT === 0 && webhookUrl === undefined
      ? null
      : createHttpServer({
          port: config.HTTP_PORT,
          host: config.HTTP_HOST,
          log: log.child({ component: "http" }),
        });
  // Counting (and Node's default collectors) only when there is a /metrics to read them from.
  const prometheus = http === null ? null : createPrometheusMetrics();
  // Anyone can write to a bot on a platform, so its commands pass a flood guard; the console's typist does not.
  const guarded: CoreDeps = { ...core, floodGuard: createFloodGuard() };
  const deps: CoreDeps =
    prometheus === null
      ? guarded
      : { ...guarded, metrics: prometheus.metrics, judge: measuredJudge(core.judge, prometheus.metrics) };
  const telegram =
    token === undefined
      ? null
      : createTelegramAdapter({
          token,
          apiRoot: config.TELEGRAM_API_URL,
          deps,
          clock: () => new Date(),
          log,
          webhook:
            http === null || webhookUrl === undefined
              ? undefined
              : // Without a configured secret the adapter derives one from the token, the same in every replica.
                { url: webhookUrl, secret: config.TELEGRAM_WEBHOOK_SECRET, http },
        });
  const discord =
    config.DISCORD_TOKEN === undefined
      ? null
      : createDiscordAdapter({
          token: config.DISCORD_TOKEN,
          ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
          ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
          ...(config.DISCORD_SHARD_IDS && config.DISCORD_SHARD_COUNT
            ? { shards: { ids: config.DISCORD_SHARD_IDS, count: config.DISCORD_SHARD_COUNT } }
            : {}),
          deps,
          hashes: createCommandHashStore(database.db),
          log: log.child({ platform: "discord" }),
          clock: () => new Date(),
        });
  const started: PlatformAdapter[] = [];
  const enabled = [telegram, discord].flatMap((adapter) => (adapter === null ? [] : [adapter]));
  http?.route("GET", "/healthz", (_request, response) =>
    serveHealth(
      {
        database: () => database.ping(),
        platforms: enabled.map((a) => ({ name: a.platform, connected: () => a.connected() })),
      },
      response,
    ),
  );
  if (http !== null && prometheus !== null) {
    http.route("GET", "/metrics", (_request, response) => prometheus.serve(response));
  }
  let scheduler: RunningScheduler | null = null;
  try {
    // Listening before the webhook is registered, so Telegram's first post finds the route.
    if (http !== null) log.info({ host: config.HTTP_HOST, port: await http.listen() }, "http: listening");
    const shutdown = untilShutdown();
    if (telegram !== null) {
      // Resolves at once when Telegram is unreachable (then /healthz says so until it is reached); a refused
      // token stops the start.
      await telegram.start().catch((error: unknown) => {
        if (error instanceof GrammyError && error.error_code === 401) {
          throw new ConfigError([
            "TELEGRAM_BOT_TOKEN: Telegram refused it (401 Unauthorized); copy it again from @BotFather",
          ]);
        }
        throw error;
      });
      started.push(telegram);
      const t = messagesFor(localeFrom(config.LANG) ?? deps.defaultLocale);
      void telegram.whenConnected().then(() => {
        process.stdout.write(
          `${t["telegram.running"]({ username: telegram.botUsername(), webhook: webhookUrl !== undefined })}\n`,
        );
      });
    }
    if (discord !== null) {
      await discord.start();
      started.push(discord);
      log.info("serving Discord");
    }
    scheduler = startScheduler(schedulerDeps(deps, started, log), undefined, {
      everyMinute: config.CONSTANCIA_TEST_START_TICK_ONLY === undefined,
    });
    await shutdown;
    log.info("stopping: no new work; finishing what is in flight");
    // A stop that hangs (a platform that never answers) must not keep the process alive past 10 s.
    setTimeout(() => {
      log.error({}, "shutdown took longer than 10 s; exiting");
      process.exit(1);
    }, 10_000).unref();
  } finally {
    await scheduler?.stop();
    for (const platform of started) await platform.stop();
    await http?.close();
  }
}

export async function start(
  config: Config,
  // A bot serving a platform reports what it does; the terminal stays quiet for the conversation.
  log: Logger = createLogger(
    config.LOG_LEVEL ?? (config.TELEGRAM_BOT_TOKEN || config.DISCORD_TOKEN ? "info" : "warn"),
  ),
): Promise<void> {
  const { deps, database } = await openCore(config, log);
  try {
    if (config.TELEGRAM_BOT_TOKEN !== undefined || config.DISCORD_TOKEN !== undefined) {
      log.info({ database: database.label, roadmap: deps.roadmap.id, judge: deps.judge.kind }, "starting");
      await servePlatforms(config, deps, database, log);
      return;
    }
    log.info(
      { database: database.label, roadmap: deps.roadmap.id, judge: deps.judge.kind },
      "starting in the console",
    );
    const interactive = process.stdin.isTTY === true;
    // Piped input is a script to replay: nudges would interleave with its replies, so they run only live.
    const scheduler = interactive
      ? startScheduler(
          schedulerDeps(deps, [consoleSender(process.stdout, join(config.DATA_DIR, "charts"))], log),
        )
      : null;
    await runConsole({
      deps,
      input: process.stdin,
      output: process.stdout,
      interactive,
      locale: localeFrom(config.LANG) ?? deps.defaultLocale,
      localName: localName(),
      databaseLabel: database.label,
      fileDir: join(config.DATA_DIR, "exports"),
      clock: () => new Date(),
    });
    await scheduler?.stop();
  } finally {
    await database.close();
  }
}

/** `constancia nudges`: what is due in [from, until), without sending or recording anything. */
export async function nudges(config: Config, from: Date, until: Date): Promise<PreviewItem[]> {
  const { deps, database } = await openCore(config, createLogger(config.LOG_LEVEL ?? "warn"));
  try {
    // The tick's own wording: the same deps, mock interviews included.
    return await previewDue(composeDepsFor(deps), from, until);
  } finally {
    await database.close();
  }
}
