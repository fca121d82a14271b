// /done <n|id> [link]: ticks a task of the member's week (or another week's, or a portfolio deliverable).
import { err, ok } from "../../result.js";
import { nextTask, weekTasksDone } from "../../tasks/nextTask.js";
import { defineCommand } from "../spec.js";
import { type DoneRequest, parseDoneArgs } from "./parseDone.js";
import { currentWeekNumber, resolveTask, shownTask } from "./resolveTask.js";
import { type DoneReplies, names, replies, texts } from "./texts.js";

export const done = defineCommand<DoneRequest, DoneReplies>({
  ...names,
  options: [
    { name: "task", kind: "text", maxLength: 20 },
    { name: "link", kind: "text", maxLength: 300 },
  ],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const parsed = parseDoneArgs(args);
    return parsed.ok ? ok(parsed.value) : err({ own: "badLink", params: { input: parsed.error.input } });
  },
  async run({ deps, member, now, today, replies: say }, { ref, link }) {
    const { roadmap } = deps;
    const week = currentWeekNumber(roadmap, member.roadmapStart, today);
    const resolved = resolveTask(ref, roadmap, week, say);
    if (!resolved.ok) return { text: resolved.text };
    const { task } = resolved;
    await deps.store.tickTask(member.id, roadmap.id, task.id, link, now);
    const ticks = await deps.store.taskTicks(member.id, roadmap.id);
    const doneIds = new Set(ticks.keys());
    const shownWeek = task.kind === "task" ? task.week : week;
    const next = week === null ? null : nextTask(roadmap, week, doneIds);
    return {
      text: say.ticked({
        task: shownTask(task),
        link: ticks.get(task.id)?.evidence ?? null,
        weekDone:
          shownWeek === null
            ? null
            : { week: shownWeek, current: shownWeek === week, ...weekTasksDone(roadmap, shownWeek, doneIds) },
        next: next === null ? null : { week: next.week, number: next.number, text: next.text },
      }),
    };
  },
});
