// Dates as people write them: "2026-12-16", "16/12/2026", "16/12/26", "16/12", "today", "amanhã".
import { own } from "../lookup.js";
import { addDays, daysBetween, isLocalDate, type LocalDate } from "./dates.js";

/**
 * What a day and month without a year mean: "next", the first such day on or after today (a pause);
 * "nearest", this year's when it is within half a year of today, else the closest one (a day 1 may be a past
 * day of this year; in December, 05/01 is the coming January, and in January, 20/12 the one just gone).
 */
export type YearlessDay = "next" | "nearest";

/** Days from today that each word names. */
const WORDS: Readonly<Record<string, number>> = {
  today: 0,
  hoje: 0,
  tomorrow: 1,
  amanhã: 1,
  amanha: 1,
  yesterday: -1,
  ontem: -1,
};

const HALF_YEAR_DAYS = 183;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/;

function iso(year: number, month: number, day: number): LocalDate | null {
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isLocalDate(date) ? date : null;
}

/** The year among last, this and next whose day is the one meant, or null when the day exists in none. */
function withoutYear(month: number, day: number, today: LocalDate, meaning: YearlessDay): LocalDate | null {
  const year = Number(today.slice(0, 4));
  const candidates = [year - 1, year, year + 1]
    .map((y) => iso(y, month, day))
    .filter((d): d is LocalDate => d !== null);
  if (meaning === "next") return candidates.find((d) => daysBetween(today, d) >= 0) ?? null;
  const thisYear = iso(year, month, day);
  if (thisYear !== null && Math.abs(daysBetween(today, thisYear)) <= HALF_YEAR_DAYS) return thisYear;
  let best: LocalDate | null = null;
  for (const d of candidates) {
    if (best === null || Math.abs(daysBetween(today, d)) < Math.abs(daysBetween(today, best))) best = d;
  }
  return best;
}

/** The day `input` names, seen from `today`; null when it names none (or one that does not exist, 31/02). */
export function parseLocalDate(input: string, today: LocalDate, yearless: YearlessDay): LocalDate | null {
  const text = input.trim().normalize("NFC").toLowerCase();
  const offset = own(WORDS, text);
  if (offset !== undefined) return addDays(today, offset);
  const isoMatch = ISO.exec(text);
  if (isoMatch !== null) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const match = DAY_MONTH.exec(text);
  if (match === null) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  const written = match[3];
  if (written === undefined) return withoutYear(month, day, today, yearless);
  const year = written.length === 2 ? 2000 + Number(written) : Number(written);
  return iso(year, month, day);
}
