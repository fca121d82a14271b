// /roadmap [week]: a week's focus and tasks; by default the member's current week.
import { roadmapPosition } from "../../progress/roadmapPosition.js";
import { err, ok } from "../../result.js";
import type { Reply } from "../context.js";
import { say } from "../reply.js";
import { argText, defineCommand } from "../spec.js";
import { texts } from "./texts.js";

export const roadmap = defineCommand<{ week: number | null }>({
  name: "roadmap",
  aliases: { en: [], "pt-BR": ["trilha"] },
  options: [{ name: "week", kind: "integer", min: 1, max: (plan) => plan.weeks.length }],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: false,
  texts,
  parse(args, { roadmap: plan }) {
    const input = argText(args, "week");
    if (input === "") return ok({ week: null });
    const number = /^\d{1,3}$/.test(input) ? Number(input) : Number.NaN;
    if (plan.weeks[number - 1] === undefined) {
      return err({
        id: "roadmap.invalidWeek",
        params: { input: input.slice(0, 40), totalWeeks: plan.weeks.length },
      });
    }
    return ok({ week: number });
  },
  async run({ deps, member, t, today }, { week: chosen }) {
    const { roadmap: plan } = deps;
    const totalWeeks = plan.weeks.length;
    const targetHours = plan.weeklyTargetHours;
    const position = roadmapPosition(plan, member.roadmapStart, today);
    const currentNumber = position.kind === "week" ? position.week.number : null;

    const asked = chosen === null ? undefined : plan.weeks[chosen - 1];
    if (asked !== undefined) {
      return say(t, "roadmap.week", {
        week: asked,
        totalWeeks,
        current: chosen === currentNumber,
        targetHours,
      });
    }
    if (position.kind === "finished") return say(t, "roadmap.finished", { totalWeeks });
    const week = position.kind === "week" ? position.week : plan.weeks[0];
    if (week === undefined) return say(t, "roadmap.invalidWeek", { input: "1", totalWeeks });
    const reply: Reply = say(t, "roadmap.week", {
      week,
      totalWeeks,
      current: currentNumber !== null,
      targetHours,
    });
    return position.kind === "unset" ? { text: `${reply.text}\n${t["roadmap.unsetHint"]({})}` } : reply;
  },
});
