// "Today's task": the first task of the member's week not yet ticked, in the roadmap's order — not a task
// picked by the day of the week, which sent people to plot data before they had loaded it.
import type { LocalizedText, Roadmap } from "../roadmap/types.js";
import { taskIdOf } from "./taskIds.js";

export interface NextTask {
  id: string;
  week: number;
  /** 1-based, as /roadmap numbers it. */
  number: number;
  text: LocalizedText;
  /** The week's tasks are all done: this one is from a later week. */
  ahead: boolean;
}

/** The first unticked task from `week` on; null when every task to the end is ticked. */
export function nextTask(roadmap: Roadmap, week: number, done: ReadonlySet<string>): NextTask | null {
  for (let w = week; w <= roadmap.weeks.length; w += 1) {
    const tasks = roadmap.weeks[w - 1]?.tasks ?? [];
    const index = tasks.findIndex((_, i) => !done.has(taskIdOf(w, i)));
    const text = tasks[index];
    if (text !== undefined)
      return { id: taskIdOf(w, index), week: w, number: index + 1, text, ahead: w > week };
  }
  return null;
}

/** How many of a week's tasks are ticked, of how many. */
export function weekTasksDone(
  roadmap: Roadmap,
  week: number,
  done: ReadonlySet<string>,
): { done: number; of: number } {
  const tasks = roadmap.weeks[week - 1]?.tasks ?? [];
  return { done: tasks.filter((_, i) => done.has(taskIdOf(week, i))).length, of: tasks.length };
}
