// Reads a study duration as people type it: "3h", "3", "90m", "1h30", "1h30m", "1.5h", "1,5h", "1:30",
// "2 horas e meia", "meia hora", "an hour and 30 minutes".
import { err, ok, type Result } from "../result.js";
import { type Lexeme, lexemes } from "./lexemes.js";
import { MAX_CHECKIN_MINUTES } from "./limits.js";
import { readDuration } from "./readDuration.js";

export type DurationError =
  | { id: "checkin.invalid"; params: { input: string } }
  | { id: "checkin.notPositive"; params: { input: string } }
  | { id: "checkin.tooLong"; params: { input: string; maxHours: number } };

/** At most 40 characters of what the member wrote, quoted back in a refusal. */
export function quoted(text: string): string {
  return Array.from(text).slice(0, 40).join("");
}

export const isMinus = (lexeme: Lexeme | undefined): boolean =>
  lexeme?.kind === "symbol" && /^[-−–]$/.test(lexeme.text);

/** Whether a duration that was read is one a check-in may record. */
export function checkMinutes(minutes: number, input: string): Result<number, DurationError> {
  if (minutes <= 0) return err({ id: "checkin.notPositive", params: { input } });
  if (minutes > MAX_CHECKIN_MINUTES)
    return err({ id: "checkin.tooLong", params: { input, maxHours: MAX_CHECKIN_MINUTES / 60 } });
  return ok(minutes);
}

/** Parses one duration; the input must be exactly a duration, nothing else. */
export function parseDuration(input: string): Result<number, DurationError> {
  const text = input.trim();
  const lx = lexemes(text);
  const negative = isMinus(lx[0]);
  const read = readDuration(lx, negative ? 1 : 0);
  if (read === null || read.next !== lx.length)
    return err({ id: "checkin.invalid", params: { input: quoted(text) } });
  return checkMinutes(negative ? -read.minutes : read.minutes, text);
}
