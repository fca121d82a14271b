// Stable ids for a roadmap's tasks ("w2.t1": week 2, task 1) and portfolio deliverables ("p1"), and the
// references members type to name them: "2" (task 2 of their week), "w3.2", "w3.t2", "3.2", "p1".
import type { LocalizedText, Roadmap } from "../roadmap/types.js";

export type TaskRef =
  | { kind: "task"; id: string; week: number; index: number; text: LocalizedText }
  | { kind: "deliverable"; id: string; index: number; text: LocalizedText };

export const taskIdOf = (week: number, index: number): string => `w${week}.t${index + 1}`;
export const deliverableIdOf = (index: number): string => `p${index + 1}`;

/** The ids of a week's tasks, in the roadmap's order. */
export function weekTaskIds(roadmap: Roadmap, week: number): string[] {
  return (roadmap.weeks[week - 1]?.tasks ?? []).map((_, i) => taskIdOf(week, i));
}

export type TaskRefError =
  | { kind: "unreadable" }
  /** A number past the week's tasks, or a week the roadmap does not have. */
  | { kind: "noSuchTask"; week: number; count: number }
  | { kind: "noSuchDeliverable"; count: number }
  /** A bare number while the member has no current week (not started, or past the end). */
  | { kind: "noWeek" };

const QUALIFIED = /^(?:w|s|week|semana)?\s*(\d{1,2})\s*[.:/]\s*t?(\d{1,2})$/i;
const DELIVERABLE = /^p\s*(\d{1,2})$/i;
const BARE = /^(?:t|#)?(\d{1,2})$/i;

/** What a reference names, relative to the member's current week (null when they have none). */
export function parseTaskRef(
  input: string,
  roadmap: Roadmap,
  currentWeek: number | null,
): { ok: true; value: TaskRef } | { ok: false; error: TaskRefError } {
  const text = input.trim();
  const deliverable = DELIVERABLE.exec(text);
  if (deliverable !== null) {
    const index = Number(deliverable[1]) - 1;
    const found = roadmap.project.deliverables[index];
    const count = roadmap.project.deliverables.length;
    return found === undefined
      ? { ok: false, error: { kind: "noSuchDeliverable", count } }
      : { ok: true, value: { kind: "deliverable", id: deliverableIdOf(index), index, text: found } };
  }
  const qualified = QUALIFIED.exec(text);
  const bare = qualified === null ? BARE.exec(text) : null;
  if (qualified === null && bare === null) return { ok: false, error: { kind: "unreadable" } };
  if (qualified === null && currentWeek === null) return { ok: false, error: { kind: "noWeek" } };
  const week = qualified === null ? (currentWeek ?? 0) : Number(qualified[1]);
  const index = Number(qualified === null ? bare?.[1] : qualified[2]) - 1;
  const tasks = roadmap.weeks[week - 1]?.tasks ?? [];
  const found = tasks[index];
  if (found === undefined) return { ok: false, error: { kind: "noSuchTask", week, count: tasks.length } };
  return { ok: true, value: { kind: "task", id: taskIdOf(week, index), week, index, text: found } };
}
