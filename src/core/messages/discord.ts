// Texts of the Discord slash commands: names, descriptions and choices shown in Discord's command picker,
// and the mock-interview modal.
import type { Locale } from "../roadmap/types.js";

type None = Record<string, never>;

export const SLASH_COMMANDS = [
  "checkin",
  "undo",
  "progress",
  "roadmap",
  "mock",
  "leaderboard",
  "remind",
  "pause",
  "resume",
  "timezone",
  "language",
  "setup",
  "help",
] as const;
export type SlashCommand = (typeof SLASH_COMMANDS)[number];

export type SlashOption =
  | "hours"
  | "note"
  | "week"
  | "topic"
  | "period"
  | "time"
  | "until"
  | "zone"
  | "language"
  | "channel"
  | "timezone"
  | "day";

export const LEADERBOARD_PERIODS = ["this", "last", "all"] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

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
