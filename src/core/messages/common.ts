import type { WeekProgress } from "../progress/weekProgress.js";
import type { LocalDate } from "../time/dates.js";

type None = Record<string, never>;

export interface CommonMessages {
  "command.unknown"(p: { name: string; suggestion: string | null }): string;
  "text.notCommand"(p: None): string;
  "error.internal"(p: None): string;
  /** A command that runs only in a group, sent in a private chat, or the reverse. */
  "command.elsewhere"(p: { where: "group" | "private" }): string;
  /** /export and /forget: personal data stays out of groups. */
  "private.personal"(p: { command: string; link: string }): string;

  "checkin.missing"(p: None): string;
  "checkin.invalid"(p: { input: string }): string;
  "checkin.notPositive"(p: { input: string }): string;
  "checkin.tooLong"(p: { input: string; maxHours: number }): string;
  "checkin.dayFull"(p: { date: LocalDate; dayMinutes: number; minutes: number; maxHours: number }): string;
  "checkin.recorded"(p: {
    minutes: number;
    date: LocalDate;
    daysAgo: number;
    note: string | null;
    week: WeekProgress;
    streak: number;
    /** The time counted for last week (yesterday, on a Monday): the week shown is that one. */
    earlierWeek: boolean;
    /** The note was too long to keep whole, and its start was kept. */
    noteShortened: boolean;
  }): string;
  "checkin.duplicate"(p: None): string;
  /** A day word naming a day other than today or yesterday: nothing was recorded. */
  "checkin.onlyTodayOrYesterday"(p: { input: string }): string;

  "console.banner"(p: { database: string }): string;
}
