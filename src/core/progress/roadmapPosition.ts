// Where a member stands on the roadmap: not started yet, in week N, or past the last week.
import type { Roadmap, RoadmapWeek } from "../roadmap/types.js";
import { daysBetween, type LocalDate } from "../time/dates.js";

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
  const week = roadmap.weeks[Math.floor(dayIndex / 7)];
  if (week === undefined) return { kind: "finished", totalWeeks, daysSinceEnd: dayIndex - totalWeeks * 7 };
  return { kind: "week", week, day: dayIndex + 1, totalWeeks };
}
