// The squad streak: consecutive days on which every member of the squad kept their own streak that day —
// a check-in, or a day their own ledger forgives (a rest day, a pause, a freeze it spent). It is read from
// each member's ledger and takes nothing from anyone: a member's streak never depends on the others.
import { excusedDays } from "../progress/pausedDays.js";
import { streakLedger } from "../progress/streak.js";
import { addDays, type LocalDate } from "../time/dates.js";
import type { SquadMember } from "./ports.js";

/** One member as the squad streak reads them: their own day now, and their days. */
export interface SquadDays {
  /** The member's local day, through their day start: each member's day ends at their own midnight. */
  today: LocalDate;
  active: Iterable<LocalDate>;
  /** Rest and paused days. */
  excused?: Iterable<LocalDate>;
}

/** The days a member's own streak did not break on: check-ins, excused days, and freezes spent. */
function keptDays({ today, active, excused = [] }: SquadDays): {
  checked: Set<LocalDate>;
  kept: Set<LocalDate>;
} {
  const checked = new Set(active);
  const forgiven = [...excused];
  const { frozen } = streakLedger(today, { active: checked, excused: forgiven });
  return { checked, kept: new Set([...checked, ...forgiven, ...frozen]) };
}

/**
 * Days in the squad's current streak: walked back from the latest member's today, a day counts when every
 * member kept it and at least one checked in; a day all of them were excused keeps it without adding. A
 * member's day not over yet (today, not done) neither breaks it nor adds to it.
 */
export function squadStreak(members: readonly SquadDays[]): number {
  if (members.length === 0) return 0;
  const read = members.map((m) => ({ today: m.today, ...keptDays(m) }));
  const earliest = read.flatMap((m) => [...m.kept]).sort()[0];
  if (earliest === undefined) return 0;
  let day =
    read
      .map((m) => m.today)
      .sort()
      .at(-1) ?? earliest;
  let days = 0;
  for (; day >= earliest; day = addDays(day, -1)) {
    const missing = read.filter((m) => !m.kept.has(day));
    if (missing.some((m) => day < m.today)) break;
    if (missing.length === 0 && read.some((m) => m.checked.has(day))) days += 1;
  }
  return days;
}

/** A stored squad member, as the squad streak reads them on their own `today`. */
export function squadDaysOf(member: SquadMember, today: LocalDate): SquadDays {
  return { today, active: member.activeDates, excused: excusedDays(member) };
}
