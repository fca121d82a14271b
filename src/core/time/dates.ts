// Calendar arithmetic on local dates written as ISO strings ("2026-11-28"), and instants seen in a zone.
// Hot paths (a scheduler tick over many members) use cached Intl formatters and plain UTC arithmetic.
import { IANAZone } from "luxon";
import { zonedFormat } from "./zonedFormat.js";

/** A calendar day in someone's timezone, as "YYYY-MM-DD". */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function utcDay(date: LocalDate): number {
  const match = ISO_DATE.exec(date);
  if (match === null) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function isoOf(ms: number): LocalDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isLocalDate(value: string): boolean {
  const ms = utcDay(value);
  return !Number.isNaN(ms) && isoOf(ms) === value;
}

export function localDateOf(instant: Date, zone: string): LocalDate {
  return zonedFormat("date", instant, zone);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return isoOf(utcDay(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: LocalDate): number {
  return (new Date(utcDay(date)).getUTCDay() + 6) % 7;
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
