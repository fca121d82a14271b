// /roadmap [week|skills]: a week's focus and tasks, by default the member's current week; or the skills map.
import { roadmapPosition } from "../../progress/roadmapPosition.js";
import { err, ok } from "../../result.js";
import { monthOf } from "../../roadmap/months.js";
import type { RoadmapWeek } from "../../roadmap/types.js";
import { weekTaskIds } from "../../tasks/taskIds.js";
import { argText, defineCommand } from "../spec.js";
import { SKILLS_WORDS, skillsText } from "./skills.js";
import { names, type RoadmapReplies, replies, SKILLS_CHOICE, texts } from "./texts.js";

export const roadmap = defineCommand<{ week: number | null; skills?: true }, RoadmapReplies>({
  ...names,
  options: [
    { name: "week", kind: "integer", min: 1, max: (plan) => plan.weeks.length },
    { name: "show", kind: "text", choices: () => [SKILLS_CHOICE] },
  ],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: false,
  // An admin's upload, typed as the member would say it; it has its own policy (admins, in the group).
  routes: { import: "roadmap-import", importar: "roadmap-import" },
  texts,
  replies,
  parse(args, { roadmap: plan }) {
    const input = argText(args, "week");
    if (SKILLS_WORDS.test(input) || argText(args, "show") === SKILLS_CHOICE.value)
      return ok({ week: null, skills: true });
    if (input === "") return ok({ week: null });
    // "3", "week 3", "semana 3": the number is what counts.
    const written = /^(?:week|wk|semana|sem)?\s*(\d{1,3})$/i.exec(input)?.[1];
    const number = written === undefined ? Number.NaN : Number(written);
    if (plan.weeks[number - 1] === undefined) {
      return err({
        own: "invalidWeek",
        params: { input: input.slice(0, 40), totalWeeks: plan.weeks.length },
      });
    }
    return ok({ week: number });
  },
  async run({ deps, member, today, t, replies: say }, { week: chosen, skills }) {
    const { roadmap: plan } = deps;
    if (skills) return { text: skillsText(plan, t.locale, say) };
    const totalWeeks = plan.weeks.length;
    const targetHours = plan.weeklyTargetHours;
    const position = roadmapPosition(plan, member.roadmapStart, today);
    const currentNumber = position.kind === "week" ? position.week.number : null;
    const ticks = await deps.store.taskTicks(member.id, plan.id);
    const doneOf = (w: RoadmapWeek) => weekTaskIds(plan, w.number).map((id) => ticks.has(id));

    const asked = chosen === null ? undefined : plan.weeks[chosen - 1];
    if (asked !== undefined) {
      return {
        text: say.week({
          week: asked,
          totalWeeks,
          current: chosen === currentNumber,
          targetHours,
          done: doneOf(asked),
          month: monthOf(plan, asked.number)?.title ?? null,
        }),
      };
    }
    if (position.kind === "finished") return { text: say.finished({ totalWeeks }) };
    const week = position.kind === "week" ? position.week : plan.weeks[0];
    if (week === undefined) return { text: say.invalidWeek({ input: "1", totalWeeks }) };
    const text = say.week({
      week,
      totalWeeks,
      current: currentNumber !== null,
      targetHours,
      done: doneOf(week),
      month: monthOf(plan, week.number)?.title ?? null,
    });
    return { text: position.kind === "unset" ? `${text}\n${say.unsetHint({ today })}` : text };
  },
});
