// /goal [hours]: the member's own weekly goal, shown wherever the target is; "default" goes back to the roadmap's.
import { goalMinutesOf } from "../../progress/goal.js";
import { currentWeek } from "../../progress/memberProgress.js";
import { parseGoal } from "../../progress/parseGoal.js";
import { err, ok } from "../../result.js";
import { argText, defineCommand } from "../spec.js";
import { type GoalReplies, names, replies, texts } from "./texts.js";

type GoalRequest = { kind: "show" } | { kind: "set"; minutes: number | null };

export const goal = defineCommand<GoalRequest, GoalReplies>({
  ...names,
  options: [{ name: "hours", kind: "text", maxLength: 16 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "hours");
    if (input === "") return ok({ kind: "show" });
    const parsed = parseGoal(input);
    if (parsed.ok) return ok({ kind: "set", minutes: parsed.value });
    return err({ own: parsed.error.kind, params: { input: parsed.error.input } });
  },
  async run({ deps, member, today, replies: say }, request) {
    const roadmapMinutes = goalMinutesOf({ weeklyGoalMinutes: null }, deps.roadmap);
    if (request.kind === "show") {
      return {
        text: say.current({
          goalMinutes: goalMinutesOf(member, deps.roadmap),
          own: member.weeklyGoalMinutes !== null,
          roadmapMinutes,
        }),
      };
    }
    const updated = await deps.store.updateMember(member.id, { weeklyGoalMinutes: request.minutes });
    const week = await currentWeek(deps.store, updated, today, deps.roadmap);
    const shown = {
      goalMinutes: goalMinutesOf(updated, deps.roadmap),
      thisWeek: week.targetMinutes,
      weekMinutes: week.minutes,
    };
    return { text: request.minutes === null ? say.reset(shown) : say.set(shown) };
  },
});
