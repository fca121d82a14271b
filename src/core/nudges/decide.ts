// Whether a due send goes out now, waits (quiet hours), or is skipped — and why.
import { addDays, type LocalDate, localDateOf } from "../time/dates.js";
import { AWAY_FROM_DAYS, COMEBACK_DAYS, RECAP_AWAY_DAYS } from "./comeback.js";
import { GRACE_MS, type Slot, STREAK_SAVER_MIN_STREAK } from "./kinds.js";
import { inWallRange, type WallTime, wallTimeAt, zonedInstant } from "./wallClock.js";

export type SkipReason =
  | "late"
  | "paused"
  | "unreachable"
  | "checkedIn"
  | "noStreak"
  | "noRecipient"
  | "away"
  /** A declared rest day: no plan reminder. */
  | "rest"
  /** A plan reminder falling in quiet hours: it would come after its block began, so it is not sent. */
  | "quiet"
  /** More proactive messages that day than the member's budget; see budget.ts for which go first. */
  | "budget"
  /** A buddy's nudge to a member who turned nudges off (/nudge off). */
  | "turnedOff"
  /** A milestone of a member who opted out of the board: nothing about them is posted. */
  | "optedOut";

export type Decision = { action: "send" } | { action: "wait" } | { action: "skip"; reason: SkipReason };

export interface DecisionInput {
  slot: Slot;
  dueAt: Date;
  now: Date;
  zone: string;
  /** The day the send speaks for (the member's, with their day start); default: the due time's date. */
  day?: LocalDate;
  pausedUntil?: string | null;
  quiet?: { start: WallTime; end: WallTime } | null;
  reachable: boolean;
  /** For the evening streak saver, a plan reminder (the block's day) and a daily nudge skipped when done. */
  checkedInToday?: boolean;
  /** The day (of the send, or of the block a reminder is for) is a declared rest day. */
  restDay?: boolean;
  /** A daily nudge the member chose to skip on a day that already has a check-in (/remind done off). */
  skipWhenDone?: boolean;
  /** Past the member's daily budget of proactive messages. */
  overBudget?: boolean;
  streak?: number;
  /** For the morning and the recap: whole days without a check-in before today (excused days aside). */
  daysAway?: number | null;
}

export function decide(input: DecisionInput): Decision {
  const { slot, dueAt, now, zone } = input;
  if (now.getTime() - dueAt.getTime() > GRACE_MS[slot]) return { action: "skip", reason: "late" };
  if (!input.reachable) return { action: "skip", reason: "unreachable" };
  const dueDay = input.day ?? localDateOf(dueAt, zone);
  if (input.pausedUntil != null && dueDay <= input.pausedUntil) return { action: "skip", reason: "paused" };
  const away = input.daysAway ?? 0;
  // Away: the coming-back days get their word, every other morning is left alone.
  if (slot === "morning" && away >= AWAY_FROM_DAYS && !COMEBACK_DAYS.includes(away)) {
    return { action: "skip", reason: "away" };
  }
  if (slot === "recap" && away >= RECAP_AWAY_DAYS) return { action: "skip", reason: "away" };
  if (slot === "evening") {
    if (input.checkedInToday === true || input.restDay === true)
      return { action: "skip", reason: "checkedIn" };
    if ((input.streak ?? 0) < STREAK_SAVER_MIN_STREAK) return { action: "skip", reason: "noStreak" };
  }
  if (slot === "morning" && input.skipWhenDone === true && input.checkedInToday === true) {
    return { action: "skip", reason: "checkedIn" };
  }
  const quietNow =
    input.quiet != null && inWallRange(wallTimeAt(now, zone), input.quiet.start, input.quiet.end);
  if (slot === "plan") {
    // Someone who left hears the coming-back word, not their old plan.
    if (away >= AWAY_FROM_DAYS) return { action: "skip", reason: "away" };
    if (input.restDay === true) return { action: "skip", reason: "rest" };
    if (input.checkedInToday === true) return { action: "skip", reason: "checkedIn" };
    if (quietNow) return { action: "skip", reason: "quiet" };
  }
  if (input.overBudget === true) return { action: "skip", reason: "budget" };
  if (quietNow) return { action: "wait" };
  return { action: "send" };
}

/**
 * When a send decide() holds back ("wait") may go: the first instant after `now` when the quiet hours holding
 * it end. The tick decides again then; null when nothing holds it.
 */
export function heldUntil(input: DecisionInput): Date | null {
  const { quiet, now, zone } = input;
  if (quiet == null || !inWallRange(wallTimeAt(now, zone), quiet.start, quiet.end)) return null;
  const today = localDateOf(now, zone);
  const end = zonedInstant(today, quiet.end, zone);
  return end > now ? end : zonedInstant(addDays(today, 1), quiet.end, zone);
}
