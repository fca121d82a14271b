// The roadmap week a member's drills are drawn from: their week, week 1 before the start, null (every
// question) once the roadmap is behind them.
import type { Member } from "../ports.js";
import { roadmapPosition } from "../progress/roadmapPosition.js";
import type { Roadmap } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";

export function drillWeek(
  roadmap: Roadmap,
  member: Pick<Member, "roadmapStart">,
  today: LocalDate,
): number | null {
  const position = roadmapPosition(roadmap, member.roadmapStart, today);
  if (position.kind === "week") return position.week.number;
  return position.kind === "finished" ? null : 1;
}
