// Lines that progress replies share: the week against its target, the pace, the streak, the roadmap week.
import { call } from "../../commands/names.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import type { LocalDate } from "../../time/dates.js";
import { formatMinutes as hm } from "../format.js";
import { day } from "./dates.js";

export function weekLine(w: WeekProgress, earlierWeek = false): string {
  return `${earlierWeek ? "Last week" : "This week"}: ${hm(w.minutes)} of ${hm(w.targetMinutes)}\n${progressBar(w.percent)} ${w.percent}%`;
}

export function paceLine(w: WeekProgress): string {
  if (w.paceMinutes === 0) return "🎯 Weekly target reached — great work!";
  if (w.outOfReach)
    return "The target is out of reach this week — every hour still counts, and so does your streak.";
  const days = w.daysLeft === 1 ? "today" : `each of the ${w.daysLeft} days left`;
  return `Pace: ${hm(w.paceMinutes)} ${days} to reach the target.`;
}

export function streakLine(streak: number): string {
  if (streak === 0) return "🔥 Streak: none yet — a check-in today starts one.";
  return `🔥 Streak: ${streak} ${streak === 1 ? "day" : "days"}`;
}

export function positionLine(p: RoadmapPosition, today: LocalDate): string {
  switch (p.kind) {
    case "unset":
      return `🗺️ Roadmap: send ${call(startNames, "en")} to set your day 1.`;
    case "upcoming":
      return `🗺️ Roadmap starts on ${day(p.startDate, today)} (in ${p.daysUntil} ${p.daysUntil === 1 ? "day" : "days"}).`;
    case "week":
      return `🗺️ Roadmap week ${p.week.number} of ${p.totalWeeks}: ${p.week.focus.en}`;
    case "finished":
      return `🗺️ You finished all ${p.totalWeeks} weeks of the roadmap — keep reviewing and practising interviews.`;
  }
}
