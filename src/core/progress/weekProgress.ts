// Hours against the weekly target, and the pace needed for the days left in the week.
import { daysBetween, type LocalDate, weekOf } from "../time/dates.js";

export { weekOf };

export interface WeekProgress {
  start: LocalDate;
  end: LocalDate;
  minutes: number;
  targetMinutes: number;
  /** Days left in the week, today included. */
  daysLeft: number;
  /** Minutes a day still needed to reach the target; 0 once it is reached. */
  paceMinutes: number;
  /** The pace asks for more than a sustainable day: say so, instead of urging 15 hours on a Sunday. */
  outOfReach: boolean;
  /** 0–100, capped. */
  percent: number;
}

/** More a day than this is no plan for people studying alongside a job and a life. */
export const SUSTAINABLE_DAY_MINUTES = 8 * 60;

export function weekProgress(today: LocalDate, minutes: number, targetHours: number): WeekProgress {
  const { start, end } = weekOf(today);
  const targetMinutes = Math.round(targetHours * 60);
  const daysLeft = daysBetween(today, end) + 1;
  const missing = Math.max(0, targetMinutes - minutes);
  const paceMinutes = Math.ceil(missing / daysLeft);
  return {
    start,
    end,
    minutes,
    targetMinutes,
    daysLeft,
    paceMinutes,
    outOfReach: paceMinutes > SUSTAINABLE_DAY_MINUTES,
    percent: targetMinutes === 0 ? 100 : Math.min(100, Math.floor((minutes / targetMinutes) * 100)),
  };
}

export function progressBar(percent: number, width = 10): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
}
