// /start [YYYY-MM-DD]: joins, and sets day 1 of the member's roadmap (today by default).

import { pointersAfterChange } from "../nudges/reschedule.js";
import { roadmapPosition } from "../progress/roadmapPosition.js";
import { daysBetween, isLocalDate } from "../time/dates.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

/** A cohort may start up to a year ahead, or log a run begun up to a year ago. */
const MAX_START_DISTANCE_DAYS = 365;

export const start: CommandHandler = async ({ deps, member, t, today, now }, args) => {
  // Telegram's Start button and a curious "/start" must not reset weeks of progress to week 1.
  if (args === "" && member.roadmapStart !== null) {
    return say(t, "start.already", {
      name: member.displayName,
      startDate: member.roadmapStart,
      position: roadmapPosition(deps.roadmap, member.roadmapStart, today),
      today,
    });
  }
  const startDate = args === "" ? today : (args.split(/\s+/)[0] ?? "");
  if (!isLocalDate(startDate)) return say(t, "start.invalidDate", { input: startDate.slice(0, 40) });
  if (Math.abs(daysBetween(today, startDate)) > MAX_START_DISTANCE_DAYS) {
    return say(t, "start.outOfRange", { input: startDate, maxDays: MAX_START_DISTANCE_DAYS });
  }
  const pointers = pointersAfterChange({ ...member, roadmapStart: startDate }, now);
  const updated = await deps.store.updateMember(member.id, { roadmapStart: startDate, pointers });
  return say(t, "start.welcome", {
    name: updated.displayName,
    startDate,
    position: roadmapPosition(deps.roadmap, startDate, today),
    targetHours: deps.roadmap.weeklyTargetHours,
    motto: deps.roadmap.motto[t.locale],
  });
};
