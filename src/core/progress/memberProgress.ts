// Reads what progress replies show, through the store port.
import type { Store } from "../ports.js";
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
