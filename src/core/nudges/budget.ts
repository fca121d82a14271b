// At most three proactive messages a day per member: more than that reads as nagging, and the ones that
// matter get lost among the rest. A day with more keeps the first three in this order of priority.
import type { LocalDate } from "../time/dates.js";
import { dayBounds, type MemberDay } from "../time/memberDay.js";
import type { MemberSlot } from "./kinds.js";
import { type MemberTimes, nextMemberSend } from "./occurrences.js";

export const DAILY_BUDGET = 3;

/**
 * Highest first: the morning message (the day's task, the week's plan or the coming-back word), the day's
 * first plan reminder (the block the member chose), the weekly recap, the evening streak saver, then any
 * later plan reminders.
 */
const RANK: Record<MemberSlot, number> = { morning: 0, plan: 1, recap: 2, evening: 3 };
const LATER_PLAN_RANK = 4;

interface DaySend {
  slot: MemberSlot;
  at: Date;
  rank: number;
}

/** Every member send due within the member's day, whatever it will decide: the day's schedule. */
export function daySchedule(m: MemberTimes & MemberDay, day: LocalDate): DaySend[] {
  const { begin, end } = dayBounds(day, m);
  const sends: DaySend[] = [];
  for (const slot of Object.keys(RANK) as MemberSlot[]) {
    let firstPlan = true;
    for (
      let at = nextMemberSend(slot, m, new Date(begin.getTime() - 1));
      at !== null && at < end;
      at = nextMemberSend(slot, m, at)
    ) {
      const rank = slot === "plan" && !firstPlan ? LATER_PLAN_RANK : RANK[slot];
      if (slot === "plan") firstPlan = false;
      sends.push({ slot, at, rank });
    }
  }
  return sends;
}

/** Whether the member's send of `slot` due at `dueAt` is past the day's budget. */
export function overBudget(
  m: MemberTimes & MemberDay,
  slot: MemberSlot,
  dueAt: Date,
  day: LocalDate,
): boolean {
  // Morning, evening and recap make three at most: only plan reminders can go past the budget.
  if (m.plan.blocks.length === 0) return false;
  const sends = daySchedule(m, day);
  if (sends.length <= DAILY_BUDGET) return false;
  const kept = [...sends]
    .sort((a, b) => a.rank - b.rank || a.at.getTime() - b.at.getTime())
    .slice(0, DAILY_BUDGET);
  return !kept.some((s) => s.slot === slot && s.at.getTime() === dueAt.getTime());
}
