// The kinds of scheduled sends, when the weekly recap is due, and how late each may still go out.
import type { WallTime } from "./wallClock.js";

export type SendKind =
  | "daily"
  | "evening"
  | "weekly_plan"
  | "weekly_recap"
  | "group_summary"
  /** A morning send to a member away 3, 7 or 14 days: a kind word instead of the day's task. */
  | "comeback"
  /** Thirty minutes before a study block of the member's plan. */
  | "plan_reminder"
  /** One-off sends (the outbox): a buddy's nudge by DM, a milestone posted in the group. */
  | OneOffKind;

export type OneOffKind = "buddy_nudge" | "milestone";

/** The kinds a member's morning slot sends: one a day, whichever the day calls for. */
export function isMorningKind(kind: SendKind): boolean {
  return kind === "daily" || kind === "weekly_plan" || kind === "comeback";
}

/** The sends that ask for study today: a check-in can be logged straight from them. */
export function asksForStudy(kind: SendKind): boolean {
  return kind === "daily" || kind === "comeback" || kind === "evening" || kind === "plan_reminder";
}

/**
 * A pointer to the next send of one series: a member's mornings, evenings, recaps and plan reminders; a
 * group's summaries; and each one-off send's own due time ("oneoff", whose subject is the outbox row).
 */
export type Slot = "morning" | "evening" | "recap" | "plan" | "summary" | "oneoff";
/** The slots whose subject is a member; the summary's subject is a group, a one-off's its outbox row. */
export type MemberSlot = Exclude<Slot, "summary" | "oneoff">;
export const MEMBER_SLOTS: readonly MemberSlot[] = ["morning", "evening", "recap", "plan"];
/** Every slot, in the order a tick claims them. */
export const SLOTS: readonly Slot[] = [...MEMBER_SLOTS, "summary", "oneoff"];

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** A send missed while the bot was down still goes out this late; later it is recorded as skipped. */
export const GRACE_MS: Record<Slot, number> = {
  morning: 3 * HOUR,
  evening: 3 * HOUR,
  recap: 24 * HOUR,
  // A reminder is for the block ahead: once the block has begun it has nothing to say.
  plan: 30 * MINUTE,
  summary: 24 * HOUR,
  oneoff: 24 * HOUR,
};

export const RECAP_TIME: WallTime = "19:00";
/** Monday = 0 … Sunday = 6. */
export const RECAP_WEEKDAY = 6;
/** The evening streak saver only speaks up for a streak worth saving. */
export const STREAK_SAVER_MIN_STREAK = 2;
