// The grammar of a duration: what is written from a position in the lexemes, if it is a duration, and where it
// ends. "1h30", "2 horas e meia", "an hour and 30 minutes", "meia hora", "1:30", "1,5h", "3" (hours).
import type { Lexeme } from "./lexemes.js";
import { isArticle, readNumberWords } from "./numberWords.js";
import { isAnd, isHalf, isHourUnit, isMinuteUnit } from "./timeWords.js";

export interface DurationRead {
  minutes: number;
  /** The first lexeme after the duration. */
  next: number;
}

/** Whether the text ends at this lexeme, as far as a duration is concerned: "2h 30" is 2h30 only there. */
export type EndsAt = (at: number) => boolean;

interface Count {
  value: number;
  whole: boolean;
  next: number;
}

function numberValue(text: string): number {
  const half = text.endsWith("½") ? 0.5 : 0;
  const digits = text.replace("½", "").replace(",", ".");
  return (digits === "" ? 0 : Number(digits)) + half;
}

function countAt(lx: readonly Lexeme[], at: number): Count | null {
  const lexeme = lx[at];
  if (lexeme?.kind === "number")
    return { value: numberValue(lexeme.text), whole: /^\d+$/.test(lexeme.text), next: at + 1 };
  if (isArticle(lexeme)) return { value: 1, whole: true, next: at + 1 };
  const words = readNumberWords(lx, at);
  return words && { value: words.value, whole: true, next: words.next };
}

/** "e meia", "and a half": where it ends, or null. */
function andHalfAt(lx: readonly Lexeme[], at: number): number | null {
  if (!isAnd(lx[at])) return null;
  const half = lx[at + 1]?.key === "a" ? at + 2 : at + 1;
  return isHalf(lx[half]) ? half + 1 : null;
}

/** "meia hora", "half an hour", "half hour", "a half hour": where it ends, or null. */
function halfHourAt(lx: readonly Lexeme[], at: number): number | null {
  let next = lx[at]?.key === "a" ? at + 1 : at;
  if (!isHalf(lx[next])) return null;
  next = isArticle(lx[next + 1]) ? next + 2 : next + 1;
  return isHourUnit(lx[next]) ? next + 1 : null;
}

/** "2h", "1,5 horas", "an hour", "duas horas e meia", "one and a half hours"; whole hours may take minutes. */
function hoursAt(lx: readonly Lexeme[], at: number): (DurationRead & { takesMinutes: boolean }) | null {
  const count = countAt(lx, at);
  if (count === null) return null;
  const halfBefore = count.whole ? andHalfAt(lx, count.next) : null;
  const unit = halfBefore ?? count.next;
  if (!isHourUnit(lx[unit])) return null;
  const halfAfter = count.whole && halfBefore === null ? andHalfAt(lx, unit + 1) : null;
  const half = halfBefore !== null || halfAfter !== null;
  // "2h e meia hora" says the half's unit again.
  const end = halfAfter !== null && isHourUnit(lx[halfAfter]) ? halfAfter + 1 : (halfAfter ?? unit + 1);
  return {
    minutes: Math.round((count.value + (half ? 0.5 : 0)) * 60),
    next: end,
    takesMinutes: !half && count.whole,
  };
}

/** The minutes after whole hours: "1h30", "1h30m", "1h e 30min", "2 hours 15 minutes", "1h e meia hora". */
function minutesAfterHoursAt(lx: readonly Lexeme[], at: number, endsAt: EndsAt): DurationRead | null {
  const glued = lx[at];
  if (glued?.kind === "number" && !glued.spaced && /^\d+$/.test(glued.text))
    return { minutes: Number(glued.text), next: isMinuteUnit(lx[at + 1]) ? at + 2 : at + 1 };
  const from = isAnd(lx[at]) ? at + 1 : at;
  const half = halfHourAt(lx, from);
  if (half !== null) return { minutes: 30, next: half };
  const count = countAt(lx, from);
  if (count === null || !count.whole) return null;
  if (isMinuteUnit(lx[count.next])) return { minutes: count.value, next: count.next + 1 };
  // "2h 30", "uma hora e vinte": a number that ends the duration after hours counts minutes.
  if (endsAt(count.next) && !isArticle(lx[from])) return { minutes: count.value, next: count.next };
  return null;
}

/** "90m", "dez minutos", "meia hora". */
function minutesAt(lx: readonly Lexeme[], at: number): DurationRead | null {
  const half = halfHourAt(lx, at);
  if (half !== null) return { minutes: 30, next: half };
  const count = countAt(lx, at);
  if (count === null || !count.whole || !isMinuteUnit(lx[count.next])) return null;
  return { minutes: count.value, next: count.next + 1 };
}

/** "1:30". */
function clockAt(lx: readonly Lexeme[], at: number): DurationRead | null {
  const match = lx[at]?.kind === "clock" ? /^(\d+):(\d\d)$/.exec(lx[at]?.text ?? "") : null;
  const minutes = Number(match?.[2]);
  return match && minutes < 60 ? { minutes: Number(match[1]) * 60 + minutes, next: at + 1 } : null;
}

/** A number alone counts hours: "3", "1.5", "½", "1 e meia". */
function bareHoursAt(lx: readonly Lexeme[], at: number): DurationRead | null {
  const count = lx[at]?.kind === "number" ? countAt(lx, at) : null;
  if (count === null) return null;
  const half = count.whole ? andHalfAt(lx, count.next) : null;
  return { minutes: Math.round((count.value + (half === null ? 0 : 0.5)) * 60), next: half ?? count.next };
}

/** The duration written from `at`, as long as it goes, or null when none starts there. */
export function readDuration(
  lx: readonly Lexeme[],
  at: number,
  endsAt: EndsAt = (next) => next === lx.length,
): DurationRead | null {
  const hours = hoursAt(lx, at);
  if (hours !== null) {
    const more = hours.takesMinutes ? minutesAfterHoursAt(lx, hours.next, endsAt) : null;
    if (more !== null && more.minutes < 60) return { minutes: hours.minutes + more.minutes, next: more.next };
    return { minutes: hours.minutes, next: hours.next };
  }
  return minutesAt(lx, at) ?? clockAt(lx, at) ?? bareHoursAt(lx, at);
}
