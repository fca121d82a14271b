// Texts of the core commands: check-ins, progress, roadmap, settings, help.
import type { RoadmapPosition } from "../progress/roadmapPosition.js";
import type { WeekProgress } from "../progress/weekProgress.js";
import type { LocalDate } from "../time/dates.js";

type None = Record<string, never>;

export interface CommonMessages {
  "command.unknown"(p: { name: string; suggestion: string | null }): string;
  "text.notCommand"(p: None): string;
  "error.internal"(p: None): string;
  /** A command that runs only in a group, sent in a private chat, or the reverse. */
  "command.elsewhere"(p: { where: "group" | "private" }): string;
  /** A command whose reply belongs in the private chat, asked for in a group: the link opens it there. */
  "private.progress"(p: { link: string }): string;
  "private.mock"(p: { link: string }): string;
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

  "undo.removed"(p: { minutes: number; date: LocalDate; note: string | null; week: WeekProgress }): string;
  "undo.nothing"(p: { hours: number }): string;

  "progress.report"(p: {
    week: WeekProgress;
    streak: number;
    position: RoadmapPosition;
    totalMinutes: number;
  }): string;

  "start.welcome"(p: {
    name: string;
    startDate: LocalDate;
    position: RoadmapPosition;
    targetHours: number;
    motto: string;
  }): string;
  /** A bare /start from someone who already has a day 1: nothing moves. */
  "start.already"(p: {
    name: string;
    startDate: LocalDate;
    position: RoadmapPosition;
    today: LocalDate;
  }): string;
  "start.invalidDate"(p: { input: string }): string;
  "start.outOfRange"(p: { input: string; maxDays: number }): string;

  "join.joined"(p: { name: string; group: string }): string;
  "join.inPrivate"(p: None): string;

  /** The first line of /help; each command adds its own line after it. */
  "help.intro"(p: None): string;
  "console.banner"(p: { database: string }): string;
}
