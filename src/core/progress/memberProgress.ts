// Reads what progress replies show, through the store port.
import type { Member, ProgressAfter, ProgressWindow, Store } from "../ports.js";
import type { Roadmap } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";
import { weekGoalOf } from "./goal.js";
import { excusedDays } from "./pausedDays.js";
import { type StreakLedger, streakLedger } from "./streak.js";
import { type WeekProgress, weekOf, weekProgress } from "./weekProgress.js";

/** Enough days back for any streak a 12-week roadmap, and a few runs of it, can build. */
export const STREAK_LOOKBACK_DAYS = 1000;

type Subject = Pick<Member, "id" | "weeklyGoalMinutes" | "roadmapStart" | "restDays" | "pausedDays">;

export async function currentWeek(
  store: Store,
  member: Subject,
  today: LocalDate,
  roadmap: Roadmap,
): Promise<WeekProgress> {
  const { start, end } = weekOf(today);
  const minutes = await store.minutesBetween(member.id, start, end);
  return weekProgress(today, minutes, weekGoalOf(member, roadmap, today));
}

export async function currentStreak(
  store: Store,
  member: Pick<Member, "id" | "restDays" | "pausedDays">,
  today: LocalDate,
): Promise<StreakLedger> {
  const active = await store.activeDates(member.id, today, STREAK_LOOKBACK_DAYS);
  return streakLedger(today, { active, excused: excusedDays(member) });
}

/**
 * What a check-in's confirmation needs read back: the week the time counts for (last week's, for
 * yesterday's hours on a Monday), and the days that make the streak.
 */
export function progressWindow(today: LocalDate, countedOn: LocalDate): ProgressWindow {
  const { start, end } = weekOf(countedOn);
  return { weekFrom: start, weekTo: end, activeUntil: today, activeLimit: STREAK_LOOKBACK_DAYS };
}

/** The week and streak from what the store read back with a check-in counted on `countedOn`. */
export function progressFrom(
  today: LocalDate,
  countedOn: LocalDate,
  after: ProgressAfter,
  member: Subject,
  roadmap: Roadmap,
): { week: WeekProgress; streak: StreakLedger; earlierWeek: boolean } {
  const counted = weekOf(countedOn);
  const earlierWeek = counted.start !== weekOf(today).start;
  // A closed week is seen from its last day: nothing is left to pace.
  const seenOn = earlierWeek ? counted.end : today;
  return {
    week: weekProgress(seenOn, after.weekMinutes, weekGoalOf(member, roadmap, seenOn)),
    streak: streakLedger(today, {
      active: after.activeDates,
      excused: excusedDays(member),
    }),
    earlierWeek,
  };
}
