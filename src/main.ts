// Composition root: configuration, database, roadmap, core, and the platforms that serve it.
import { once } from "node:events";
import { userInfo } from "node:os";
import type { Config } from "./config.js";
import type { CoreDeps } from "./core/commands/context.js";
import { localeFrom } from "./core/messages/index.js";
import type { Locale } from "./core/roadmap/types.js";
import { type DatabaseHandle, openDatabase } from "./db/client.js";
import { createCommandHashStore } from "./db/commandHashStore.js";
import { createStore } from "./db/store.js";
import { createLogger, type Logger } from "./log.js";
import type { PlatformAdapter } from "./platforms/adapter.js";
import { runConsole } from "./platforms/console/runConsole.js";
import { createDiscordAdapter } from "./platforms/discord/discordAdapter.js";
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

async function serveUntilSignal(platforms: PlatformAdapter[], log: Logger): Promise<void> {
  // Listening before connecting, so a signal during start-up still stops cleanly.
  const signal = Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]);
  try {
    for (const platform of platforms) await platform.start();
    log.info({ platforms: platforms.map((p) => p.platform) }, "serving");
    await signal;
    log.info("stopping");
  } finally {
    for (const platform of platforms) await platform.stop();
  }
}

export async function start(
  config: Config,
  log: Logger = createLogger(config.LOG_LEVEL ?? (config.DISCORD_TOKEN ? "info" : "warn")),
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
    const platforms = platformsFor(config, deps, database, log);
    if (platforms.length > 0) {
      log.info({ database: database.label, roadmap: roadmap.id }, "starting");
      await serveUntilSignal(platforms, log);
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
