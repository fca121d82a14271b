// Calendar arithmetic on local dates written as ISO strings ("2026-11-28"), and instants seen in a zone.
import { DateTime, IANAZone } from "luxon";

/** A calendar day in someone's timezone, as "YYYY-MM-DD". */
export type LocalDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function day(date: LocalDate): DateTime {
  return DateTime.fromISO(date, { zone: "utc" });
}

export function isLocalDate(value: string): boolean {
  return ISO_DATE.test(value) && day(value).isValid;
}

export function localDateOf(instant: Date, zone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone }).toISODate() as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return day(date).plus({ days }).toISODate() as LocalDate;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round(day(to).diff(day(from), "days").days);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: LocalDate): number {
  return day(date).weekday - 1;
}

/** The Monday-to-Sunday week that holds `date`. */
export function weekOf(date: LocalDate): { start: LocalDate; end: LocalDate } {
  const start = addDays(date, -weekdayIndex(date));
  return { start, end: addDays(start, 6) };
}

/** The canonical spelling of an IANA zone ("america/sao_paulo" → "America/Sao_Paulo"), or null if unknown. */
export function canonicalZone(zone: string): string | null {
  const trimmed = zone.trim();
  if (trimmed === "" || trimmed.length > 64 || !IANAZone.isValidZone(trimmed)) return null;
  return new Intl.DateTimeFormat("en-US", { timeZone: trimmed }).resolvedOptions().timeZone;
}
