// Hours against the week's target, and the pace needed for the days left in the week.
import { addDays, daysBetween, type LocalDate, weekOf } from "../time/dates.js";

export { weekOf };

/** A member's weekly goal, and the days that do not count toward it. */
export interface WeekGoal {
  /** The whole week's goal in minutes. */
  minutes: number;
  /** Days before day 1, paused and rest days: the week's target shrinks by a seventh for each. */
  off?: ReadonlySet<LocalDate>;
}

export interface WeekProgress {
  start: LocalDate;
  end: LocalDate;
  minutes: number;
  /** The goal for the days of this week that count. */
  targetMinutes: number;
  /** Days left in the week that count, today included. */
  daysLeft: number;
  /** Minutes a day still needed to reach the target; 0 once it is reached. */
  paceMinutes: number;
  /** The pace asks for more than twice the member's average day: say so, instead of urging 8 hours. */
  outOfReach: boolean;
  /** An average day of the member's goal, and where such days would take the week: a good rest of it. */
  goodDayMinutes: number;
  reachableMinutes: number;
  /** 0–100, capped. */
  percent: number;
}

const roundTo5 = (minutes: number) => Math.round(minutes / 5) * 5;

export function weekProgress(today: LocalDate, minutes: number, goal: WeekGoal): WeekProgress {
  const { start, end } = weekOf(today);
  const off = goal.off ?? new Set<LocalDate>();
  const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
  const counted = days.filter((d) => !off.has(d));
  const targetMinutes = roundTo5((goal.minutes * counted.length) / 7);
  const daysLeft = counted.filter((d) => daysBetween(today, d) >= 0).length;
  const missing = Math.max(0, targetMinutes - minutes);
  const paceMinutes = missing === 0 ? 0 : Math.ceil(missing / Math.max(1, daysLeft));
  const goodDayMinutes = roundTo5(goal.minutes / 7);
  return {
    start,
    end,
    minutes,
    targetMinutes,
    daysLeft,
    paceMinutes,
    outOfReach: missing > 0 && (daysLeft === 0 || paceMinutes > 2 * (goal.minutes / 7)),
    goodDayMinutes,
    reachableMinutes: minutes + goodDayMinutes * daysLeft,
    percent: targetMinutes === 0 ? 100 : Math.min(100, Math.floor((minutes / targetMinutes) * 100)),
  };
}

export function progressBar(percent: number, width = 10): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
}
