// The shape of the message catalog: every user-facing text, in parts by feature; each language implements all.
import type { Locale } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";
import type { CommonMessages } from "./common.js";
import type { DiscordMessages } from "./discord.js";
import type { LimitMessages } from "./limits.js";
import type { MockMessages } from "./mock.js";
import type { OneOffMessages } from "./oneOffs.js";
import type { PreviewMessages } from "./preview.js";
import type { ScheduleMessages } from "./schedule.js";
import type { TelegramMessages } from "./telegram.js";

export interface Messages
  extends CommonMessages,
    ScheduleMessages,
    MockMessages,
    TelegramMessages,
    DiscordMessages,
    LimitMessages,
    PreviewMessages,
    OneOffMessages {
  locale: Locale;
  /** A date as a member reads it, seen from their `today` (the year only when it is not this one). */
  date(date: LocalDate, today: LocalDate): string;
}

export type MessageKey = Exclude<keyof Messages, "locale" | "date">;
export type MessageParams<K extends MessageKey> = Parameters<Messages[K]>[0];
