// Reads what progress replies show, through the store port.
import type { ProgressAfter, ProgressWindow, Store } from "../ports.js";
import type { LocalDate } from "../time/dates.js";
import { streakOn } from "./streak.js";
import { type WeekProgress, weekOf, weekProgress } from "./weekProgress.js";

/** Enough days back for any streak a 90-day roadmap, and a few runs of it, can build. */
const STREAK_LOOKBACK_DAYS = 1000;

export async function currentWeek(
  store: Store,
  memberId: number,
  today: LocalDate,
  targetHours: number,
): Promise<WeekProgress> {
  const { start, end } = weekOf(today);
  return weekProgress(today, await store.minutesBetween(memberId, start, end), targetHours);
}

export async function currentStreak(store: Store, memberId: number, today: LocalDate): Promise<number> {
  return streakOn(today, await store.activeDates(memberId, today, STREAK_LOOKBACK_DAYS));
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
  targetHours: number,
): { week: WeekProgress; streak: number; earlierWeek: boolean } {
  const counted = weekOf(countedOn);
  const earlierWeek = counted.start !== weekOf(today).start;
  return {
    // A closed week is seen from its last day: nothing is left to pace.
    week: weekProgress(earlierWeek ? counted.end : today, after.weekMinutes, targetHours),
    streak: streakOn(today, after.activeDates),
    earlierWeek,
  };
}
