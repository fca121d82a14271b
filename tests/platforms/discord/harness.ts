// A Discord adapter wired to a real database and the shipped roadmap, connected to a fake Discord.
import { Writable } from "node:stream";
import { pino } from "pino";
import { renderChart } from "../../../src/charts/renderChart.js";
import type { CoreDeps } from "../../../src/core/commands/context.js";
import type { PlatformSender } from "../../../src/core/delivery.js";
import { offlineJudge } from "../../../src/core/mock/offlineJudge.js";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { createCommandHashStore } from "../../../src/db/commandHashStore.js";
import { createMockStore } from "../../../src/db/mockStore.js";
import { createScheduleStore } from "../../../src/db/scheduleStore.js";
import { createStore } from "../../../src/db/store.js";
import type { PlatformAdapter } from "../../../src/platforms/adapter.js";
import { createDiscordAdapter } from "../../../src/platforms/discord/discordAdapter.js";
import { createCatalog } from "../../../src/roadmapFile/catalog.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";
import type { SchedulerDeps } from "../../../src/scheduler/types.js";
import { type FakeDiscord, startFakeDiscord } from "../../fakes/discord/fakeDiscord.js";
import type { TestDatabase } from "../../support/databases.js";

export const NOW = new Date("2026-11-25T15:00:00Z");
export const TOKEN = "fake-token.never-printed";

export interface Harness {
  fake: FakeDiscord;
  database: DatabaseHandle;
  deps: CoreDeps;
  errors: unknown[];
  /** Every line the adapters logged, at every level. */
  logs: string[];
  /** The real scheduler, delivering through the given adapter. */
  schedulerWith(sender: PlatformSender): SchedulerDeps;
  /**
   * Starts a new adapter (a process restart) against the same fake and database; `apiUrl` puts something in
   * front of the fake's REST API (a recorder).
   */
  startAdapter(options?: {
    guildId?: string;
    deferAfterMs?: number;
    apiUrl?: string;
    /** The adapter's clock; NOW by default. */
    clock?: () => Date;
  }): Promise<PlatformAdapter>;
  /** A command as texts name it on Discord: its mention, with the id the fake gave it at registration. */
  mention(name: string): string;
  close(): Promise<void>;
}

export async function openHarness(testDatabase: TestDatabase): Promise<Harness> {
  const database = await testDatabase.open();
  const fake = await startFakeDiscord();
  const errors: unknown[] = [];
  const store = createStore(database.db);
  const roadmap = await loadRoadmap();
  const deps: CoreDeps = {
    store,
    schedule: createScheduleStore(database.db),
    roadmap,
    roadmaps: createCatalog([roadmap], { store }),
    defaultTimezone: "America/Sao_Paulo",
    defaultLocale: "en",
    log: { error: (details) => errors.push(details) },
    mock: createMockStore(database.db),
    judge: offlineJudge,
    mockDailyLimit: 10,
  };
  const adapters: PlatformAdapter[] = [];
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  return {
    fake,
    database,
    deps,
    errors,
    logs,
    schedulerWith: (sender) => ({
      ...deps,
      senders: new Map([[sender.platform, sender]]),
      renderChart: (chart) => ({ png: renderChart(chart), filename: "summary.png", alt: chart.alt }),
      instance: "test",
      log: { error: (details) => errors.push(details), info: () => {} },
    }),
    async startAdapter(options = {}) {
      const adapter = createDiscordAdapter({
        token: TOKEN,
        apiUrl: options.apiUrl ?? fake.apiUrl,
        ...(options.guildId ? { guildId: options.guildId } : {}),
        deps,
        hashes: createCommandHashStore(database.db),
        log: pino({ level: "trace" }, sink),
        clock: options.clock ?? (() => NOW),
        ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
      });
      adapters.push(adapter);
      await adapter.start();
      return adapter;
    },
    mention(name) {
      const registered = [...fake.state.registeredCommands.values()].flat();
      const id = registered.find((command) => command.name === name)?.id;
      if (typeof id !== "string") throw new Error(`no registered command ${name}`);
      return `</${name}:${id}>`;
    },
    async close() {
      for (const adapter of adapters) await adapter.stop();
      await fake.close();
      await database.close();
    },
  };
}
