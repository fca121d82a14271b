// /progress: the week against the target, pace, streak, roadmap week and total.
import { currentStreak, currentWeek } from "../../progress/memberProgress.js";
import { roadmapPosition } from "../../progress/roadmapPosition.js";
import { ok } from "../../result.js";
import { say } from "../reply.js";
import { defineCommand } from "../spec.js";
import { names, texts } from "./texts.js";

export const progress = defineCommand<null>({
  ...names,
  options: [],
  where: "any",
  // The whole report would crowd a group: it belongs to the member.
  visibility: "private",
  privateLink: (link) => ({ id: "private.progress", params: { link } }),
  menus: ["private", "group"],
  changesData: false,
  texts,
  parse: () => ok(null),
  async run({ deps, member, t, today }) {
    const [week, streak, totalMinutes] = await Promise.all([
      currentWeek(deps.store, member.id, today, deps.roadmap.weeklyTargetHours),
      currentStreak(deps.store, member.id, today),
      deps.store.totalMinutes(member.id),
    ]);
    const position = roadmapPosition(deps.roadmap, member.roadmapStart, today);
    return say(t, "progress.report", { week, streak, position, totalMinutes });
  },
});
