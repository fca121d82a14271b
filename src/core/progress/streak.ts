// Streak: consecutive local days with a check-in, ending today — or yesterday, since a day is not over yet.
// It forgives: a paused or rest day never breaks it, and a missed day spends a freeze when one is held
// (one earned every 7 days of the streak, at most 2), so one bad day does not erase weeks of constancy.
import { addDays, daysBetween, type LocalDate } from "../time/dates.js";

export const FREEZE_EVERY_DAYS = 7;
export const MAX_FREEZES = 2;

export interface StreakDays {
  /** Local days with at least one check-in, in any order. */
  active: Iterable<LocalDate>;
  /** Paused and rest days: they keep the streak without adding to it, and spend no freeze. */
  excused?: Iterable<LocalDate>;
}

export interface StreakLedger {
  /** Days with a check-in in the current streak. */
  days: number;
  freezesHeld: number;
  /** Missed days a freeze covered in the current streak, oldest first. */
  frozen: LocalDate[];
  /** The last streak that ended: the day without a check-in or a freeze, and how long it was. */
  lost: { on: LocalDate; days: number } | null;
}

/** The streak as of `today`, walked day by day from the first check-in on record. */
export function streakLedger(today: LocalDate, { active, excused = [] }: StreakDays): StreakLedger {
  const checked = new Set(active);
  const kept = new Set(excused);
  const first = [...checked].filter((d) => d <= today).sort()[0];
  const ledger: StreakLedger = { days: 0, freezesHeld: 0, frozen: [], lost: null };
  if (first === undefined) return ledger;
  const span = daysBetween(first, today);
  for (let i = 0; i <= span; i += 1) {
    const day = addDays(first, i);
    if (checked.has(day)) {
      ledger.days += 1;
      if (ledger.days % FREEZE_EVERY_DAYS === 0)
        ledger.freezesHeld = Math.min(MAX_FREEZES, ledger.freezesHeld + 1);
    } else if (kept.has(day) || day === today || ledger.days === 0) {
      // Excused, not over yet, or no streak to lose.
    } else if (ledger.freezesHeld > 0) {
      ledger.freezesHeld -= 1;
      ledger.frozen.push(day);
    } else {
      ledger.lost = { on: day, days: ledger.days };
      ledger.days = 0;
      ledger.frozen = [];
    }
  }
  return ledger;
}

/** The streak's length alone. */
export function streakOn(
  today: LocalDate,
  activeDates: Iterable<LocalDate>,
  excused?: Iterable<LocalDate>,
): number {
  return streakLedger(today, { active: activeDates, excused: excused ?? [] }).days;
}
