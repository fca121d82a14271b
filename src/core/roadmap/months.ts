// Which of the roadmap's named months a week belongs to.
import type { Roadmap, RoadmapMonth } from "./types.js";

/** The month a week is in: the last one starting at or before it; null when the roadmap names none. */
export function monthOf(roadmap: Roadmap, weekNumber: number): RoadmapMonth | null {
  let found: RoadmapMonth | null = null;
  for (const month of roadmap.months) if (month.firstWeek <= weekNumber) found = month;
  return found;
}
