// A core wired to a real database and the shipped roadmap, driven one message at a time.
import type { CoreDeps, IncomingMessage } from "../../src/core/commands/context.js";
import { handleMessage } from "../../src/core/handleMessage.js";
import type { Locale } from "../../src/core/roadmap/types.js";
import type { Database } from "../../src/db/client.js";
import { createScheduleStore } from "../../src/db/scheduleStore.js";
import { createStore } from "../../src/db/store.js";
import { loadRoadmap } from "../../src/roadmap/load.js";
import type { TestDatabase } from "./databases.js";

export interface SendOptions {
  as?: string;
  at: Date | string;
  eventId?: string;
  locale?: Locale;
  chat?: IncomingMessage["chat"];
  /** Whether the platform vouches the sender is a group admin. */
  admin?: boolean;
}

export interface TestBot {
  send(text: string, options: SendOptions): Promise<string | null>;
  deps: CoreDeps;
  db: Database;
  errors: unknown[];
  close(): Promise<void>;
}

export async function openBot(database: TestDatabase): Promise<TestBot> {
  const handle = await database.open();
  const errors: unknown[] = [];
  const deps: CoreDeps = {
    store: createStore(handle.db),
    schedule: createScheduleStore(handle.db),
    roadmap: await loadRoadmap(),
    defaultTimezone: "America/Sao_Paulo",
    defaultLocale: "en",
    log: { error: (details) => errors.push(details) },
  };
  let events = 0;
  return {
    deps,
    db: handle.db,
    errors,
    close: () => handle.close(),
    async send(text, { as = "ana", at, eventId, locale = "en", chat, admin = false }) {
      events += 1;
      const reply = await handleMessage(
        deps,
        {
          platform: "console",
          eventId: eventId ?? `event-${events}`,
          user: { id: as, displayName: as, locale, isGroupAdmin: admin },
          chat: chat ?? { id: "study-group", kind: "group", title: "Study group" },
          text,
        },
        typeof at === "string" ? new Date(at) : at,
      );
      return reply?.text ?? null;
    },
  };
}
