// The core wired to the in-memory stores, driven as tests/support/bot.ts drives it on a database: handler
// tests that need no SQL run here, and on each database through `botBackends`.
import type { CoreDeps, IncomingMessage, Reply } from "../../src/core/commands/context.js";
import { dispatch } from "../../src/core/dispatch.js";
import { offlineJudge } from "../../src/core/mock/offlineJudge.js";
import { createMemoryStores, type MemoryOptions } from "../../src/db/memory/index.js";
import { createCatalog } from "../../src/roadmapFile/catalog.js";
import { loadRoadmap } from "../../src/roadmapFile/load.js";
import { type BotOptions, openBot, type SendOptions, type TestBot } from "./bot.js";
import type { CoreOptions } from "./coreDeps.js";
import { testDatabases } from "./databases.js";

/** A bot whose tests go through the ports only: the same on memory and on SQL. */
export type PortBot = Omit<TestBot, "db">;

export interface BotBackend {
  name: string;
  open(options?: BotOptions): Promise<PortBot>;
}

/** CoreDeps over fresh in-memory stores, as coreDepsFor builds them over a database. */
export async function memoryCoreDeps(
  errors: unknown[],
  options: CoreOptions & Pick<MemoryOptions, "now"> = {},
): Promise<CoreDeps> {
  const { store, schedule, mock } = createMemoryStores({ now: options.now });
  const roadmap = await loadRoadmap();
  return {
    store,
    schedule,
    roadmap,
    roadmaps: createCatalog([roadmap], { store }),
    defaultTimezone: "America/Sao_Paulo",
    defaultLocale: "en",
    log: { error: (details) => errors.push(details) },
    mock,
    judge: options.judge ?? offlineJudge,
    mockDailyLimit: options.mockDailyLimit ?? 10,
    ...(options.evidenceCheck === undefined ? {} : { evidenceCheck: options.evidenceCheck }),
  };
}

export async function openMemoryBot(options: BotOptions = {}): Promise<PortBot> {
  const errors: unknown[] = [];
  const deps = await memoryCoreDeps(errors, options);
  let events = 0;
  async function reply(text: string, sent: SendOptions): Promise<Reply | null> {
    const { as = "ana", at, eventId, locale = "en", chat, admin = false, capabilities, attachment } = sent;
    const platform = sent.platform ?? "console";
    events += 1;
    const message: IncomingMessage = {
      platform,
      eventId: eventId ?? `event-${events}`,
      user: { id: as, displayName: as, locale, isGroupAdmin: admin },
      chat: chat ?? { id: "study-group", kind: "group", title: "Study group" },
      text,
      ...(capabilities === undefined ? {} : { capabilities }),
      ...(attachment === undefined ? {} : { attachment }),
    };
    return dispatch(deps, message, typeof at === "string" ? new Date(at) : at);
  }
  return {
    deps,
    errors,
    close: async () => {},
    reply,
    send: async (text, sent) => (await reply(text, sent))?.text ?? null,
  };
}

/** Memory, then every test database. */
export const botBackends: BotBackend[] = [
  { name: "memory", open: openMemoryBot },
  ...testDatabases.map((database) => ({
    name: database.name,
    open: (o?: BotOptions) => openBot(database, o),
  })),
];
