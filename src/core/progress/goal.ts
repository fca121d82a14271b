// A member's weekly goal: their own (/goal) or the roadmap's, with the days a week does not ask for.
import type { Member } from "../ports.js";
import type { Roadmap } from "../roadmap/types.js";
import { addDays, daysBetween, type LocalDate, weekOf } from "../time/dates.js";
import { excusedDays } from "./pausedDays.js";
import { type WeekGoal, weekProgress } from "./weekProgress.js";

export const MIN_GOAL_MINUTES = 2 * 60;
export const MAX_GOAL_MINUTES = 40 * 60;

type GoalSource = Pick<Member, "weeklyGoalMinutes" | "roadmapStart" | "restDays" | "pausedDays">;

export function goalMinutesOf(member: Pick<Member, "weeklyGoalMinutes">, roadmap: Roadmap): number {
  return member.weeklyGoalMinutes ?? Math.round(roadmap.weeklyTargetHours * 60);
}

/** The target of the week holding `day`: the goal less its days off. */
export function weekTargetOf(member: GoalSource, roadmap: Roadmap, day: LocalDate): number {
  return weekProgress(day, 0, weekGoalOf(member, roadmap, day)).targetMinutes;
}

/** The goal for the week holding `day`: days before day 1, paused and rest days are off. */
export function weekGoalOf(member: GoalSource, roadmap: Roadmap, day: LocalDate): WeekGoal {
  const { start } = weekOf(day);
  const off = new Set<LocalDate>(excusedDays(member));
  // A day 1 inside this week: the days before it are not asked for (a later day 1 leaves the week whole).
  if (member.roadmapStart !== null && daysBetween(start, member.roadmapStart) < 7) {
    for (
      let d = start;
      daysBetween(d, member.roadmapStart) > 0 && daysBetween(start, d) < 7;
      d = addDays(d, 1)
    ) {
      off.add(d);
    }
  }
  return { minutes: goalMinutesOf(member, roadmap), off };
}
