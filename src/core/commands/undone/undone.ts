// /undone <n|id>: unticks a task ticked by mistake.
import { ok } from "../../result.js";
import { currentWeekNumber, resolveTask, shownTask } from "../done/resolveTask.js";
import { argText, defineCommand } from "../spec.js";
import { names, replies, texts, type UndoneReplies } from "./texts.js";

export const undone = defineCommand<{ ref: string }, UndoneReplies>({
  ...names,
  options: [{ name: "task", kind: "text", maxLength: 20 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse: (args) => ok({ ref: argText(args, "task") }),
  async run({ deps, member, today, replies: say }, { ref }) {
    const { roadmap } = deps;
    const resolved = resolveTask(ref, roadmap, currentWeekNumber(roadmap, member.roadmapStart, today), say);
    if (!resolved.ok) return { text: resolved.text };
    const removed = await deps.store.untickTask(member.id, roadmap.id, resolved.task.id);
    const task = shownTask(resolved.task);
    return { text: removed ? say.unticked({ task }) : say.notTicked({ task }) };
  },
});
