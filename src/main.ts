// Composition root: configuration, database, roadmap, core, and the platforms that serve it.
import { userInfo } from "node:os";
import type { Config } from "./config.js";
import type { CoreDeps } from "./core/commands/context.js";
import { localeFrom } from "./core/messages/index.js";
import type { Locale } from "./core/roadmap/types.js";
import { type DatabaseHandle, openDatabase } from "./db/client.js";
import { createMockStore } from "./db/mockStore.js";
import { createStore } from "./db/store.js";
import { judgeFor } from "./judge/fromConfig.js";
import { createLogger, type Logger } from "./log.js";
import { runConsole } from "./platforms/console/runConsole.js";
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

export async function start(
  config: Config,
  log: Logger = createLogger(config.LOG_LEVEL ?? "warn"),
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
      mock: createMockStore(database.db),
      judge: judgeFor(config, log),
      mockDailyLimit: config.MOCK_DAILY_LIMIT,
    };
    log.info(
      { database: database.label, roadmap: roadmap.id, judge: deps.judge.kind },
      "starting in the console",
    );
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
