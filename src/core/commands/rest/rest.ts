// /rest: today is a declared rest day, at most one a week: the streak is kept, the week's target shrinks.
import { weekTargetOf } from "../../progress/goal.js";
import { ok } from "../../result.js";
import { weekOf } from "../../time/dates.js";
import { defineCommand } from "../spec.js";
import { names, type RestReplies, replies, texts } from "./texts.js";

export const rest = defineCommand<null, RestReplies>({
  ...names,
  options: [],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse: () => ok(null),
  async run({ deps, member, today, replies: say }) {
    if (member.restDays.includes(today)) return { text: say.already({}) };
    const { start, end } = weekOf(today);
    const taken = member.restDays.find((d) => d >= start && d <= end);
    if (taken !== undefined) return { text: say.usedThisWeek({ day: taken, today }) };
    const updated = await deps.store.updateMember(member.id, {
      restDays: [...member.restDays, today].sort(),
    });
    const minutes = await deps.store.minutesBetween(member.id, today, today);
    const target = weekTargetOf(updated, deps.roadmap, today);
    return { text: say.done({ targetMinutes: target, checkedIn: minutes > 0 }) };
  },
});
