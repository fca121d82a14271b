// Streak: consecutive local days with a check-in, ending today — or yesterday, since a day is not over yet.
import { addDays, type LocalDate } from "../time/dates.js";

/** `activeDates` are the local days with at least one check-in, in any order. */
export function streakOn(today: LocalDate, activeDates: Iterable<LocalDate>): number {
  const active = new Set(activeDates);
  let day = active.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (active.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}
