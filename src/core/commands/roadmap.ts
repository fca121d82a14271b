// /roadmap [week]: a week's focus and tasks; by default the member's current week.
import { roadmapPosition } from "../progress/roadmapPosition.js";
import type { CommandHandler, Reply } from "./context.js";
import { say } from "./reply.js";

export const roadmap: CommandHandler = async ({ deps, member, t, today }, args) => {
  const { roadmap: plan } = deps;
  const totalWeeks = plan.weeks.length;
  const targetHours = plan.weeklyTargetHours;
  const position = roadmapPosition(plan, member.roadmapStart, today);
  const currentNumber = position.kind === "week" ? position.week.number : null;

  if (args !== "") {
    const number = /^\d{1,3}$/.test(args) ? Number(args) : Number.NaN;
    const week = plan.weeks[number - 1];
    if (week === undefined) return say(t, "roadmap.invalidWeek", { input: args.slice(0, 40), totalWeeks });
    return say(t, "roadmap.week", { week, totalWeeks, current: number === currentNumber, targetHours });
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
};
