// When each series is next due: pure functions of the settings and an instant.
import type { PlanBlock, StudyPlan } from "../plans/plan.js";
import type { MemberPointers } from "../ports.js";
import { addDays, type LocalDate, localDateOf, weekdayIndex } from "../time/dates.js";
import { type MemberSlot, RECAP_TIME, RECAP_WEEKDAY, type SendKind, type Slot } from "./kinds.js";
import { isoWeekOf, type WallTime, wallTimeAt, zonedInstant } from "./wallClock.js";

export interface MemberTimes {
  timezone: string;
  /** null: no daily nudge. */
  remindTime: WallTime | null;
  eveningTime: WallTime | null;
  /** No sends before this local day (the roadmap's day 1); null: the member has not started. */
  roadmapStart: LocalDate | null;
  plan: StudyPlan;
}

export interface GroupTimes {
  timezone: string;
  summaryWeekday: number;
  summaryTime: WallTime;
  summaryChannelId: string | null;
}

interface Series {
  zone: string;
  time: WallTime;
  weekday: number | null;
  notBefore: LocalDate | null;
}

/** The first instant strictly after `after` when the series fires. */
function nextOf(series: Series, after: Date): Date {
  let day = localDateOf(after, series.zone);
  if (series.notBefore !== null && series.notBefore > day) day = series.notBefore;
  for (let i = 0; i < 9; i += 1, day = addDays(day, 1)) {
    if (series.weekday !== null && weekdayIndex(day) !== series.weekday) continue;
    const at = zonedInstant(day, series.time, series.zone);
    if (at.getTime() > after.getTime()) return at;
  }
  throw new Error("a weekly series always fires within nine days");
}

/** When a member's series fires; null when it does not (the daily nudge turned off). */
export function memberSeries(slot: MemberSlot, m: MemberTimes): Series | null {
  const common = { zone: m.timezone, notBefore: m.roadmapStart };
  if (slot === "morning")
    return m.remindTime === null ? null : { ...common, time: m.remindTime, weekday: null };
  if (slot === "evening")
    return m.eveningTime === null ? null : { ...common, time: m.eveningTime, weekday: null };
  return { ...common, time: RECAP_TIME, weekday: RECAP_WEEKDAY };
}

/** A member's next morning, evening and recap after `after`; all null until they /start. */
export function memberPointers(m: MemberTimes, after: Date): MemberPointers {
  if (m.roadmapStart === null) return { morning: null, evening: null, recap: null, plan: null };
  return {
    morning: nextMemberSend("morning", m, after),
    evening: nextMemberSend("evening", m, after),
    recap: nextMemberSend("recap", m, after),
    plan: nextMemberSend("plan", m, after),
  };
}

/** The next send of a member's series after `after`; null when the series is off. */
export function nextMemberSend(slot: MemberSlot, m: MemberTimes, after: Date): Date | null {
  if (slot === "plan") return nextPlanReminder(m, after);
  const series = memberSeries(slot, m);
  return series === null ? null : nextOf(series, after);
}

/** How long before a study block its reminder goes. */
export const PLAN_REMINDER_LEAD_MS = 30 * 60 * 1000;

/** When a block that begins on `day` begins. */
export function blockStart(block: PlanBlock, day: LocalDate, zone: string): Date {
  return zonedInstant(day, block.start, zone);
}

/** The next plan reminder after `after`: 30 minutes before the next block; null without blocks. */
function nextPlanReminder(m: MemberTimes, after: Date): Date | null {
  if (m.plan.blocks.length === 0) return null;
  // A day earlier than `after`'s: a block just past midnight has its reminder the evening before.
  let day = addDays(localDateOf(after, m.timezone), -1);
  if (m.roadmapStart !== null && m.roadmapStart > day) day = m.roadmapStart;
  let best: Date | null = null;
  for (let i = 0; i < 9 && best === null; i += 1, day = addDays(day, 1)) {
    for (const block of m.plan.blocks) {
      if (block.weekday !== weekdayIndex(day)) continue;
      const at = new Date(blockStart(block, day, m.timezone).getTime() - PLAN_REMINDER_LEAD_MS);
      if (at > after && (best === null || at < best)) best = at;
    }
  }
  return best;
}

/** The block a plan reminder due at `dueAt` is for, and the day it falls on; null if the plan changed. */
export function remindedBlock(
  plan: StudyPlan,
  dueAt: Date,
  zone: string,
): { block: PlanBlock; day: LocalDate } | null {
  const startsAt = new Date(dueAt.getTime() + PLAN_REMINDER_LEAD_MS);
  const day = localDateOf(startsAt, zone);
  const block = plan.blocks.find(
    (b) => b.weekday === weekdayIndex(day) && blockStart(b, day, zone).getTime() === startsAt.getTime(),
  );
  return block === undefined ? null : { block, day };
}

/** A group's next summary after `after`; null until a summary channel is set. */
export function nextGroupSummary(g: GroupTimes, after: Date): Date | null {
  if (g.summaryChannelId === null) return null;
  return nextOf({ zone: g.timezone, time: g.summaryTime, weekday: g.summaryWeekday, notBefore: null }, after);
}

/** The kind and the deterministic key of the send a slot fires at `dueAt`. */
export function sendIdentity(
  slot: Slot,
  subjectId: number,
  dueAt: Date,
  zone: string,
): { kind: SendKind; period: string; key: string } {
  const day = localDateOf(dueAt, zone);
  const week = isoWeekOf(day);
  const [kind, period, who] = ((): [SendKind, string, string] => {
    switch (slot) {
      case "morning":
        return weekdayIndex(day) === 0 ? ["weekly_plan", week, "m"] : ["daily", day, "m"];
      case "evening":
        return ["evening", day, "m"];
      case "recap":
        return ["weekly_recap", week, "m"];
      case "plan": {
        // Named by the block's local start, so a block is reminded once however often the plan is read.
        const startsAt = new Date(dueAt.getTime() + PLAN_REMINDER_LEAD_MS);
        return ["plan_reminder", `${localDateOf(startsAt, zone)}T${wallTimeAt(startsAt, zone)}`, "m"];
      }
      case "summary":
        return ["group_summary", week, "g"];
      case "oneoff":
        throw new Error("a one-off send is queued with its own key");
    }
  })();
  return { kind, period, key: `${kind}:${who}${subjectId}:${period}` };
}
