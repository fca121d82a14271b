// When each series is next due: pure functions of the settings and an instant.
import type { MemberPointers } from "../ports.js";
import { addDays, type LocalDate, localDateOf, weekdayIndex } from "../time/dates.js";
import { type MemberSlot, RECAP_TIME, RECAP_WEEKDAY, type SendKind, type Slot } from "./kinds.js";
import { isoWeekOf, type WallTime, zonedInstant } from "./wallClock.js";

export interface MemberTimes {
  timezone: string;
  /** null: no daily nudge. */
  remindTime: WallTime | null;
  eveningTime: WallTime | null;
  /** No sends before this local day (the roadmap's day 1); null: the member has not started. */
  roadmapStart: LocalDate | null;
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
  if (m.roadmapStart === null) return { morning: null, evening: null, recap: null };
  return {
    morning: nextMemberSend("morning", m, after),
    evening: nextMemberSend("evening", m, after),
    recap: nextMemberSend("recap", m, after),
  };
}

/** The next send of a member's series after `after`; null when the series is off. */
export function nextMemberSend(slot: MemberSlot, m: MemberTimes, after: Date): Date | null {
  const series = memberSeries(slot, m);
  return series === null ? null : nextOf(series, after);
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
      case "summary":
        return ["group_summary", week, "g"];
    }
  })();
  return { kind, period, key: `${kind}:${who}${subjectId}:${period}` };
}
