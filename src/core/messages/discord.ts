// Texts of the Discord slash commands: names, descriptions and choices shown in Discord's command picker,
// and the mock-interview modal.
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
  | "confirm";

export const LEADERBOARD_PERIODS: readonly LeaderboardPeriod[] = ["this", "last", "all"];

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
  "discord.mock.modalTitle"(p: None): string;
  "discord.mock.answerLabel"(p: None): string;
  "discord.mock.answerPlaceholder"(p: None): string;
}
