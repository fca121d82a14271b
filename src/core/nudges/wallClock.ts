// Wall-clock times in a zone: "09:00 on 2026-03-08 in New York" as an instant, daylight saving included.
import { DateTime } from "luxon";
import type { LocalDate } from "../time/dates.js";
import { zonedFormat } from "../time/zonedFormat.js";

/** "HH:MM", 24-hour. */
export type WallTime = string;

/** "9:00", "9h00", and "9h" as Brazilians write a whole hour; a bare "9" stays ambiguous. */
const WALL_TIME = /^([01]?\d|2[0-3])(?:[:h]([0-5]\d)|h)$/i;

/** "9:00", "09:00", "9h00", "9h" → "09:00"; null if not a time of day. */
export function parseWallTime(text: string): WallTime | null {
  const match = WALL_TIME.exec(text.trim());
  if (match === null) return null;
  return `${(match[1] ?? "").padStart(2, "0")}:${match[2] ?? "00"}`;
}

function minutesOf(time: WallTime): number {
  const [h = 0, m = 0] = time.split(":").map(Number);
  return h * 60 + m;
}

/**
 * The instant when the wall clock in `zone` shows `time` on `date`. A time skipped by a daylight-saving
 * jump happens at the next minute that exists; a time that occurs twice (clocks back) is taken once, the first.
 */
export function zonedInstant(date: LocalDate, time: WallTime, zone: string): Date {
  const key = `${date} ${time} ${zone}`;
  const cached = instants.get(key);
  if (cached !== undefined) return new Date(cached);
  const at = computeZonedInstant(date, time, zone);
  // Members share zones and reminder times, so a small cache serves a whole tick.
  if (instants.size > 50_000) instants.clear();
  instants.set(key, at.getTime());
  return at;
}

const instants = new Map<string, number>();

function computeZonedInstant(date: LocalDate, time: WallTime, zone: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const wanted = minutesOf(time);
  for (let minute = wanted; minute < 24 * 60; minute += 1) {
    const dt = DateTime.fromObject(
      { year, month, day, hour: Math.floor(minute / 60), minute: minute % 60 },
      { zone },
    );
    // Inside a gap luxon moves the wall time forward; the first minute it keeps as asked is the next valid one.
    if (dt.isValid && dt.hour * 60 + dt.minute === minute) return firstOccurrence(dt).toJSDate();
  }
  // A gap running past midnight: the day's next valid minute is the start of the next day.
  return DateTime.fromObject({ year, month, day }, { zone }).plus({ days: 1 }).startOf("day").toJSDate();
}

/** When clocks go back a wall time occurs twice; luxon picks the later one, the earlier comes first. */
function firstOccurrence(dt: DateTime): DateTime {
  for (const minutes of [60, 30]) {
    const earlier = dt.minus({ minutes });
    if (earlier.hour === dt.hour && earlier.minute === dt.minute && earlier.day === dt.day) return earlier;
  }
  return dt;
}

/** The wall-clock time at `instant` in `zone`, as "HH:MM". */
export function wallTimeAt(instant: Date, zone: string): WallTime {
  return zonedFormat("time", instant, zone);
}

/** "2026-W49": the ISO week of a local date, used to name weekly periods. */
export function isoWeekOf(date: LocalDate): string {
  const dt = DateTime.fromISO(date, { zone: "utc" });
  return `${dt.weekYear}-W${String(dt.weekNumber).padStart(2, "0")}`;
}

/** Whether `time` falls in [start, end), where the range may wrap past midnight (22:00-07:00). */
export function inWallRange(time: WallTime, start: WallTime, end: WallTime): boolean {
  const t = minutesOf(time);
  const s = minutesOf(start);
  const e = minutesOf(end);
  return s <= e ? t >= s && t < e : t >= s || t < e;
}
