// /progress: the week against the target, pace, streak, roadmap week and total.
import { currentStreak, currentWeek } from "../progress/memberProgress.js";
import { roadmapPosition } from "../progress/roadmapPosition.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const progress: CommandHandler = async ({ deps, member, t, today }) => {
  const [week, streak, totalMinutes] = await Promise.all([
    currentWeek(deps.store, member.id, today, deps.roadmap.weeklyTargetHours),
    currentStreak(deps.store, member.id, today),
    deps.store.totalMinutes(member.id),
  ]);
  const position = roadmapPosition(deps.roadmap, member.roadmapStart, today);
  return say(t, "progress.report", { week, streak, position, totalMinutes });
};
