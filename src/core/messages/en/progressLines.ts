// Lines that progress replies share: the week against its target, the pace, the streak, the roadmap week.
import { call } from "../../commands/names.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import { FREEZE_EVERY_DAYS, type StreakLedger } from "../../progress/streak.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import { daysBetween, type LocalDate } from "../../time/dates.js";
import { formatMinutes as hm } from "../format.js";
import { day } from "./dates.js";

export function weekLine(w: WeekProgress, earlierWeek = false): string {
  return `${earlierWeek ? "Last week" : "This week"}: ${hm(w.minutes)} of ${hm(w.targetMinutes)}\n${progressBar(w.percent)} ${w.percent}%`;
}

export function paceLine(w: WeekProgress): string {
  if (w.paceMinutes === 0) return "🎯 Weekly target reached — great work!";
  if (w.outOfReach && w.daysLeft === 0)
    return "The target is out of reach this week — every hour still counts, and so does your streak.";
  if (w.outOfReach)
    return `The target is out of reach this week. To finish it well: about ${hm(w.goodDayMinutes)} a day, ${hm(w.reachableMinutes)} by Sunday — every hour counts, and so does your streak.`;
  const days = w.daysLeft === 1 ? "today" : `each of the ${w.daysLeft} days left`;
  return `Pace: ${hm(w.paceMinutes)} ${days} to reach the target.`;
}

export function streakLine(streak: number): string {
  if (streak === 0) return "🔥 Streak: none yet — a check-in today starts one.";
  return `🔥 Streak: ${streak} ${streak === 1 ? "day" : "days"}`;
}

/** What the streak's number rests on: freezes held, a freeze spent lately, a streak lost lately. */
export function ledgerLines(ledger: StreakLedger, today: LocalDate): string[] {
  const lines: string[] = [];
  const frozen = ledger.frozen.at(-1);
  if (frozen !== undefined && daysBetween(frozen, today) <= 7) {
    lines.push(`🧊 A freeze kept your ${ledger.days}-day streak on ${day(frozen, today)}.`);
  }
  if (ledger.lost !== null && ledger.days <= 7 && daysBetween(ledger.lost.on, today) <= 14) {
    lines.push(
      `Your ${ledger.lost.days}-day streak ended on ${day(ledger.lost.on, today)}: no check-in that day and no freeze held.`,
    );
  }
  if (ledger.days > 0) {
    lines.push(
      ledger.freezesHeld === 0
        ? `🧊 No freeze held yet: ${FREEZE_EVERY_DAYS} days of streak earn one, and it covers a missed day.`
        : `🧊 ${ledger.freezesHeld === 1 ? "1 freeze" : `${ledger.freezesHeld} freezes`} held: a missed day spends one, not your streak.`,
    );
  }
  return lines;
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
