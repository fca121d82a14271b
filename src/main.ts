// Composition root: configuration, database, roadmap, core, scheduler, and the platforms that serve it.
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { userInfo } from "node:os";
import { join } from "node:path";
import { renderChart } from "./charts/renderChart.js";
import type { Config } from "./config.js";
import type { CoreDeps } from "./core/commands/context.js";
import type { PlatformSender } from "./core/delivery.js";
import { localeFrom } from "./core/messages/index.js";
import type { Platform } from "./core/ports.js";
import type { Locale } from "./core/roadmap/types.js";
import { type DatabaseHandle, openDatabase } from "./db/client.js";
import { createCommandHashStore } from "./db/commandHashStore.js";
import { createMockStore } from "./db/mockStore.js";
import { createScheduleStore } from "./db/scheduleStore.js";
import { createStore } from "./db/store.js";
import { judgeFor } from "./judge/fromConfig.js";
import { createLogger, type Logger } from "./log.js";
import type { PlatformAdapter } from "./platforms/adapter.js";
import { consoleSender } from "./platforms/console/consoleSender.js";
import { runConsole } from "./platforms/console/runConsole.js";
import { createDiscordAdapter } from "./platforms/discord/discordAdapter.js";
import { loadRoadmap } from "./roadmap/load.js";
import { type PreviewItem, previewDue } from "./scheduler/preview.js";
import { startScheduler } from "./scheduler/startScheduler.js";
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
  const roadmap = await loadRoadmap(config.ROADMAP);
  const database = await databaseFor(config);
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const deps: CoreDeps = {
    store: createStore(database.db),
    schedule: createScheduleStore(database.db),
    roadmap,
    defaultTimezone: config.DEFAULT_TIMEZONE,
    defaultLocale: config.DEFAULT_LANGUAGE as Locale,
    log,
    mock: createMockStore(database.db),
    judge: judgeFor(config, log),
    mockDailyLimit: config.MOCK_DAILY_LIMIT,
  };
  return { deps, database };
}

function schedulerDeps(deps: CoreDeps, senders: PlatformSender[], log: Logger): SchedulerDeps {
  return {
    ...deps,
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

/** The platforms whose tokens are set; the console serves when there are none. */
function platformsFor(
  config: Config,
  deps: CoreDeps,
  database: DatabaseHandle,
  log: Logger,
): PlatformAdapter[] {
  const platforms: PlatformAdapter[] = [];
  if (config.DISCORD_TOKEN) {
    platforms.push(
      createDiscordAdapter({
        token: config.DISCORD_TOKEN,
        ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
        ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
        deps,
        hashes: createCommandHashStore(database.db),
        log: log.child({ platform: "discord" }),
        clock: () => new Date(),
      }),
    );
  }
  return platforms;
}

/** Serves the platforms, and sends what the scheduler finds due through them, until SIGINT or SIGTERM. */
async function serveUntilSignal(deps: CoreDeps, platforms: PlatformAdapter[], log: Logger): Promise<void> {
  // Listening before connecting, so a signal during start-up still stops cleanly.
  const signal = Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]);
  let scheduler: { stop(): Promise<void> } | null = null;
  try {
    for (const platform of platforms) await platform.start();
    scheduler = startScheduler(schedulerDeps(deps, platforms, log));
    log.info({ platforms: platforms.map((p) => p.platform) }, "serving");
    await signal;
    log.info("stopping");
  } finally {
    await scheduler?.stop();
    for (const platform of platforms) await platform.stop();
  }
}

export async function start(
  config: Config,
  log: Logger = createLogger(config.LOG_LEVEL ?? (config.DISCORD_TOKEN ? "info" : "warn")),
): Promise<void> {
  const { deps, database } = await openCore(config, log);
  try {
    const platforms = platformsFor(config, deps, database, log);
    if (platforms.length > 0) {
      log.info({ database: database.label, roadmap: deps.roadmap.id, judge: deps.judge.kind }, "starting");
      await serveUntilSignal(deps, platforms, log);
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
    return await previewDue(deps, from, until);
  } finally {
    await database.close();
  }
}
