// The day an instant belongs to for a member whose day begins after midnight (/daystart 04:00): a
// check-in at 01:30 counts for the day before. Read on the wall clock, so a daylight-saving change
// moves nothing: 01:30 is before 04:00 on every night.
import { type WallTime, wallTimeAt, zonedInstant } from "../nudges/wallClock.js";
import { addDays, type LocalDate, localDateOf } from "./dates.js";

/** The member's day at `instant`; `dayStart` null (or "00:00") is midnight. */
export function dayOf(instant: Date, zone: string, dayStart: WallTime | null): LocalDate {
  const date = localDateOf(instant, zone);
  if (dayStart === null || dayStart === "00:00") return date;
  return wallTimeAt(instant, zone) < dayStart ? addDays(date, -1) : date;
}

/** The same, for anything that carries a zone and a day start (a member). */
export function memberDayOf(instant: Date, m: MemberDay): LocalDate {
  return dayOf(instant, m.timezone, m.dayStart);
}

export interface MemberDay {
  timezone: string;
  dayStart: WallTime | null;
}

/** When the member's `day` begins and ends (the next day's beginning), as instants. */
export function dayBounds(day: LocalDate, m: MemberDay): { begin: Date; end: Date } {
  const start = m.dayStart ?? "00:00";
  return {
    begin: zonedInstant(day, start, m.timezone),
    end: zonedInstant(addDays(day, 1), start, m.timezone),
  };
}

/**
 * The day a scheduled send speaks for: the member's day, except a morning message, which greets the
 * calendar day it comes on even if it comes before the day start (a 05:00 nudge with the day beginning at
 * 06:00 is that morning's, not the night's).
 */
export function sendDayOf(morning: boolean, dueAt: Date, m: MemberDay): LocalDate {
  return morning ? localDateOf(dueAt, m.timezone) : memberDayOf(dueAt, m);
}
