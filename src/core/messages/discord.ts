// Texts of the Discord slash commands: names, descriptions and choices shown in Discord's command picker,
// and the mock-interview modal and its button.
import type { Locale } from "../roadmap/types.js";
import type { LeaderboardPeriod } from "./schedule.js";

type None = Record<string, never>;

export const SLASH_COMMANDS = [
  "start",
  "checkin",
  "undo",
  "progress",
  "roadmap",
  "mock",
  "leaderboard",
  "leaderboard-optout",
  "leaderboard-optin",
  "remind",
  "quiet",
  "pause",
  "resume",
  "timezone",
  "language",
  "setup",
  "export",
  "forget",
  "help",
] as const;
export type SlashCommand = (typeof SLASH_COMMANDS)[number];

export type SlashOption =
  | "date"
  | "hours"
  | "note"
  | "week"
  | "topic"
  | "period"
  | "time"
  | "range"
  | "until"
  | "zone"
  | "language"
  | "channel"
  | "timezone"
  | "day"
  | "checkins"
  | "confirm";

export const LEADERBOARD_PERIODS: readonly LeaderboardPeriod[] = ["this", "last", "all"];

/** /setup's choice for check-in confirmations; the values are words /setup reads in any platform. */
export const CHECKIN_VISIBILITIES = ["public", "private"] as const;
export type CheckinChoice = (typeof CHECKIN_VISIBILITIES)[number];

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DiscordMessages {
  /** A command's name in the picker; Discord always reports the English name back. */
  "discord.command.name"(p: { command: SlashCommand }): string;
  "discord.command.description"(p: { command: SlashCommand }): string;
  "discord.option.name"(p: { option: SlashOption }): string;
  "discord.option.description"(p: { command: SlashCommand; option: SlashOption }): string;
  "discord.choice.period"(p: { period: LeaderboardPeriod }): string;
  "discord.choice.language"(p: { language: Locale }): string;
  "discord.choice.weekday"(p: { day: Weekday }): string;
  "discord.choice.checkins"(p: { visibility: CheckinChoice }): string;
  "discord.mock.modalTitle"(p: None): string;
  "discord.mock.answerLabel"(p: None): string;
  "discord.mock.answerPlaceholder"(p: None): string;
  /** The button under a verdict that opens the form for the follow-up's answer. */
  "discord.mock.answerButton"(p: None): string;
}
