// A core wired to a real database and the shipped roadmap, driven one message at a time.
import type {
  Attachment,
  Capabilities,
  CoreDeps,
  IncomingMessage,
  Reply,
} from "../../src/core/commands/context.js";
import { dispatch } from "../../src/core/dispatch.js";
import type { Platform } from "../../src/core/ports.js";
import type { Locale } from "../../src/core/roadmap/types.js";
import type { Database } from "../../src/db/client.js";
import { type CoreOptions, coreDepsFor } from "./coreDeps.js";
import type { TestDatabase } from "./databases.js";

export interface SendOptions {
  as?: string;
  at: Date | string;
  eventId?: string;
  locale?: Locale;
  chat?: IncomingMessage["chat"];
  /** Whether the platform vouches the sender is a group admin. */
  admin?: boolean;
  /** What the platform can do; plain replies in the same chat when absent. */
  capabilities?: Capabilities;
  /** A file sent with the message. */
  attachment?: Attachment;
  /** Where the message comes from; the console when absent. */
  platform?: Platform;
}

export interface TestBot {
  send(text: string, options: SendOptions): Promise<string | null>;
  /** The whole reply, with what it tells the platform besides its text. */
  reply(text: string, options: SendOptions): Promise<Reply | null>;
  deps: CoreDeps;
  db: Database;
  errors: unknown[];
  close(): Promise<void>;
}

export type BotOptions = CoreOptions;

export async function openBot(database: TestDatabase, options: BotOptions = {}): Promise<TestBot> {
  const handle = await database.open();
  const errors: unknown[] = [];
  const deps = await coreDepsFor(handle.db, errors, options);
  let events = 0;
  async function reply(text: string, sent: SendOptions): Promise<Reply | null> {
    const { as = "ana", at, eventId, locale = "en", chat, admin = false, capabilities, attachment } = sent;
    const platform = sent.platform ?? "console";
    events += 1;
    return dispatch(
      deps,
      {
        platform,
        eventId: eventId ?? `event-${events}`,
        user: { id: as, displayName: as, locale, isGroupAdmin: admin },
        chat: chat ?? { id: "study-group", kind: "group", title: "Study group" },
        text,
        ...(capabilities === undefined ? {} : { capabilities }),
        ...(attachment === undefined ? {} : { attachment }),
      },
      typeof at === "string" ? new Date(at) : at,
    );
  }
  return {
    deps,
    db: handle.db,
    errors,
    close: () => handle.close(),
    reply,
    send: async (text, sent) => (await reply(text, sent))?.text ?? null,
  };
}
