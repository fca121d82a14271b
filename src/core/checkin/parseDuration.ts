// Reads a study duration as people type it: "3h", "3", "90m", "1h30", "1h30m", "1.5h", "1,5h", "1:30".
import { err, ok, type Result } from "../result.js";
import { MAX_CHECKIN_MINUTES } from "./limits.js";

export type DurationError =
  | { id: "checkin.invalid"; params: { input: string } }
  | { id: "checkin.notPositive"; params: { input: string } }
  | { id: "checkin.tooLong"; params: { input: string; maxHours: number } };

const HOURS = "(?:h|hr|hrs|hora|horas|hour|hours)";
const MINUTES = "(?:m|min|mins|minuto|minutos|minute|minutes)";
const NUMBER = "(\\d{1,6}(?:[.,]\\d{1,2})?)";

const PATTERNS: ReadonlyArray<{ re: RegExp; minutes: (m: RegExpExecArray) => number }> = [
  // 1h30, 1h30m, 1 h 30 min, 2h
  { re: new RegExp(`^(\\d{1,6})\\s*${HOURS}\\s*(\\d{1,2})\\s*${MINUTES}?$`, "i"), minutes: hoursAndMinutes },
  // 3h, 1.5h, 1,5 horas, and a bare number, which counts as hours
  { re: new RegExp(`^${NUMBER}\\s*${HOURS}?$`, "i"), minutes: (m) => Math.round(decimal(m[1]) * 60) },
  // 90m, 45 min
  { re: new RegExp(`^(\\d{1,6})\\s*${MINUTES}$`, "i"), minutes: (m) => Number(m[1]) },
  // 1:30
  { re: /^(\d{1,6}):(\d{2})$/, minutes: hoursAndMinutes },
];

function decimal(text: string | undefined): number {
  return Number((text ?? "").replace(",", "."));
}

function hoursAndMinutes(m: RegExpExecArray): number {
  const minutes = Number(m[2]);
  return minutes >= 60 ? Number.NaN : Number(m[1]) * 60 + minutes;
}

/** Parses one duration; the input must be exactly a duration, nothing else. */
export function parseDuration(input: string): Result<number, DurationError> {
  const text = input.trim();
  if (/^[-−–]\s*\d/.test(text)) return err({ id: "checkin.notPositive", params: { input: text } });
  for (const { re, minutes: toMinutes } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    const minutes = toMinutes(match);
    if (Number.isNaN(minutes)) break;
    if (minutes <= 0) return err({ id: "checkin.notPositive", params: { input: text } });
    if (minutes > MAX_CHECKIN_MINUTES) {
      return err({ id: "checkin.tooLong", params: { input: text, maxHours: MAX_CHECKIN_MINUTES / 60 } });
    }
    return ok(minutes);
  }
  return err({ id: "checkin.invalid", params: { input: text.slice(0, 40) } });
}
