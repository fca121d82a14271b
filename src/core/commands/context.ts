// What a command handler receives and returns.
import type { Messages } from "../messages/index.js";
import type { Metrics } from "../metrics.js";
import type { Judge } from "../mock/judge.js";
import type { MockStore } from "../mock/ports.js";
import type { Member, Platform, Store } from "../ports.js";
import type { Locale, Roadmap } from "../roadmap/types.js";
import type { ScheduleStore } from "../schedule/ports.js";
import type { LocalDate } from "../time/dates.js";

export interface IncomingMessage {
  platform: Platform;
  /** Unique per platform event; a redelivered event carries the same id. */
  eventId: string;
  user: {
    id: string;
    displayName: string;
    locale?: string | null;
    /** Set by the platform, from the platform's own records, for commands only group admins may run. */
    isGroupAdmin?: boolean;
  };
  chat: {
    /** The group (Telegram chat, Discord server, console) or the private chat. */
    id: string;
    kind: "private" | "group";
    title?: string;
    /** Where group posts go when it is not the chat itself (a Discord channel). */
    channelId?: string;
  };
  text: string;
}

export interface ReplyFile {
  filename: string;
  mime: string;
  content: string;
}

export interface Reply {
  text: string;
  /** A document to attach (a data export); platforms without attachments save it and say where. */
  file?: ReplyFile;
}

/** The smallest logger the core needs; pino satisfies it. */
export interface CoreLogger {
  error(details: object, message: string): void;
}

export interface CoreDeps {
  store: Store;
  schedule: ScheduleStore;
  roadmap: Roadmap;
  defaultTimezone: string;
  defaultLocale: Locale;
  log: CoreLogger;
  /** Counts what happens; absent, nothing is counted. */
  metrics?: Metrics;
  mock: MockStore;
  judge: Judge;
  /** Answers judged per member per local day, to bound the judge's cost. */
  mockDailyLimit: number;
}

export interface CommandContext {
  deps: CoreDeps;
  message: IncomingMessage;
  member: Member;
  t: Messages;
  now: Date;
  /** The member's local date at `now`. */
  today: LocalDate;
}

export type CommandHandler = (ctx: CommandContext, args: string) => Promise<Reply>;
