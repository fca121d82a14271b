// Coming back: a member who stopped gets a kind word after 3, 7 and 14 days, then silence until they
// check in again — never a daily nag to someone who left.
import { addDays, daysBetween, type LocalDate } from "../time/dates.js";

export const COMEBACK_DAYS: readonly number[] = [3, 7, 14];
/** From this many days away, a morning is a coming-back word or nothing. */
export const AWAY_FROM_DAYS = 3;
/** Past this many days away, the weekly recap would only report an empty week: it waits too. */
export const RECAP_AWAY_DAYS = 7;

export interface AwaySource {
  /** The last local day with a check-in, if any. */
  lastActive: LocalDate | undefined;
  roadmapStart: LocalDate | null;
  /** Paused and rest days: a member who said they would be away is not "away". */
  excused: readonly LocalDate[];
}

/** Whole days before `today` without a check-in, since the last one (or day 1); null before day 1. */
export function daysAway({ lastActive, roadmapStart, excused }: AwaySource, today: LocalDate): number | null {
  // Day 1 itself may go by: counting starts the day before it, as if a check-in had been made then.
  const since = [lastActive, roadmapStart === null ? undefined : addDays(roadmapStart, -1)]
    .filter((d): d is LocalDate => d !== undefined)
    .sort()
    .at(-1);
  if (since === undefined || since >= today) return since === undefined ? null : 0;
  const kept = new Set(excused);
  let away = 0;
  for (let i = 1; i < daysBetween(since, today); i += 1) if (!kept.has(addDays(since, i))) away += 1;
  return away;
}
