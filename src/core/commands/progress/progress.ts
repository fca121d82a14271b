// /progress: the week against the target, pace, streak, roadmap week and total.
import { cardOf } from "../../card.js";
import { currentStreak, currentWeek } from "../../progress/memberProgress.js";
import { roadmapPosition } from "../../progress/roadmapPosition.js";
import { ok } from "../../result.js";
import { squadsAt } from "../../squads/squadView.js";
import { weekTasksDone } from "../../tasks/nextTask.js";
import { defineCommand } from "../spec.js";
import { names, type ProgressReplies, replies, texts } from "./texts.js";

export const progress = defineCommand<null, ProgressReplies>({
  ...names,
  options: [],
  where: "any",
  // The whole report would crowd a group: it belongs to the member.
  visibility: "private",
  privateLink: (link) => ({ own: "privateLink", params: { link } }),
  menus: ["private", "group"],
  changesData: false,
  texts,
  replies,
  parse: () => ok(null),
  async run({ deps, member, today, now, replies: say }) {
    const [week, streak, totalMinutes, ticks, squads] = await Promise.all([
      currentWeek(deps.store, member, today, deps.roadmap),
      currentStreak(deps.store, member, today),
      deps.store.totalMinutes(member.id),
      deps.store.taskTicks(member.id, deps.roadmap.id),
      squadsAt(deps.store, member.id, null, today, now),
    ]);
    const position = roadmapPosition(deps.roadmap, member.roadmapStart, today);
    const tasks =
      position.kind === "week"
        ? weekTasksDone(deps.roadmap, position.week.number, new Set(ticks.keys()))
        : null;
    const text = say.report({ week, streak, position, totalMinutes, today, tasks, squads });
    // The week (its hours, tasks and pace), the streak, then where the roadmap and the total stand.
    return { text, card: cardOf(text, [tasks === null ? 2 : 3], 2) };
  },
});
