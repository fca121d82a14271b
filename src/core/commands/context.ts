// What a command handler receives and returns.
import type { Messages } from "../messages/index.js";
import type { Judge } from "../mock/judge.js";
import type { MockStore } from "../mock/ports.js";
import type { Member, Platform, Store } from "../ports.js";
import type { Locale, Roadmap } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";

export interface IncomingMessage {
  platform: Platform;
  /** Unique per platform event; a redelivered event carries the same id. */
  eventId: string;
  user: { id: string; displayName: string; locale?: string | null };
  chat: { id: string; kind: "private" | "group"; title?: string };
  text: string;
}

export interface Reply {
  text: string;
}

/** The smallest logger the core needs; pino satisfies it. */
export interface CoreLogger {
  error(details: object, message: string): void;
}

export interface CoreDeps {
  store: Store;
  roadmap: Roadmap;
  defaultTimezone: string;
  defaultLocale: Locale;
  log: CoreLogger;
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
