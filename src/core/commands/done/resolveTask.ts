// A typed task reference resolved against the member's current week, for /done and /undone.
import { roadmapPosition } from "../../progress/roadmapPosition.js";
import type { Roadmap } from "../../roadmap/types.js";
import { parseTaskRef, type TaskRef, type TaskRefError } from "../../tasks/taskIds.js";
import type { LocalDate } from "../../time/dates.js";
import type { TaskRefReplies, TickedTask } from "./texts.js";

/** The member's current roadmap week; null before day 1 or after the last week. */
export function currentWeekNumber(
  roadmap: Roadmap,
  roadmapStart: LocalDate | null,
  today: LocalDate,
): number | null {
  const position = roadmapPosition(roadmap, roadmapStart, today);
  return position.kind === "week" ? position.week.number : null;
}

export function resolveTask(
  ref: string,
  roadmap: Roadmap,
  currentWeek: number | null,
  say: TaskRefReplies,
): { ok: true; task: TaskRef } | { ok: false; text: string } {
  if (ref === "") return { ok: false, text: say.noTask({}) };
  const parsed = parseTaskRef(ref, roadmap, currentWeek);
  if (parsed.ok) return { ok: true, task: parsed.value };
  return { ok: false, text: refusal(parsed.error, ref, say) };
}

function refusal(error: TaskRefError, input: string, say: TaskRefReplies): string {
  switch (error.kind) {
    case "unreadable":
      return say.unreadable({ input: input.slice(0, 40) });
    case "noSuchTask":
      return say.noSuchTask({ week: error.week, count: error.count });
    case "noSuchDeliverable":
      return say.noSuchDeliverable({ count: error.count });
    case "noWeek":
      return say.noWeek({});
  }
}

/** How a reply names a task: its week (null for a deliverable), its number and its text. */
export function shownTask(task: TaskRef): TickedTask {
  return task.kind === "task"
    ? { week: task.week, number: task.index + 1, text: task.text }
    : { week: null, number: task.index + 1, text: task.text };
}
