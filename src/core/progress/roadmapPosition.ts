// Where a member stands on the roadmap: not started yet, in week N, or past the last week. Roadmap weeks
// are calendar weeks (Monday to Sunday in the member's zone): the week holding day 1 is week 1 even when it
// starts on a Wednesday (its target is pro-rated), so Monday's plan always names the week being entered.
import type { Roadmap, RoadmapWeek } from "../roadmap/types.js";
import { daysBetween, type LocalDate, weekOf } from "../time/dates.js";

export type RoadmapPosition =
  | { kind: "unset" }
  | { kind: "upcoming"; startDate: LocalDate; daysUntil: number }
  | { kind: "week"; week: RoadmapWeek; day: number; totalWeeks: number }
  | { kind: "finished"; totalWeeks: number; daysSinceEnd: number };

export function roadmapPosition(
  roadmap: Roadmap,
  startDate: LocalDate | null,
  today: LocalDate,
): RoadmapPosition {
  if (startDate === null) return { kind: "unset" };
  const dayIndex = daysBetween(startDate, today);
  if (dayIndex < 0) return { kind: "upcoming", startDate, daysUntil: -dayIndex };
  const totalWeeks = roadmap.weeks.length;
  const firstMonday = weekOf(startDate).start;
  const weekIndex = Math.floor(daysBetween(firstMonday, today) / 7);
  const week = roadmap.weeks[weekIndex];
  if (week === undefined) {
    return { kind: "finished", totalWeeks, daysSinceEnd: daysBetween(firstMonday, today) - totalWeeks * 7 };
  }
  return { kind: "week", week, day: dayIndex + 1, totalWeeks };
}
