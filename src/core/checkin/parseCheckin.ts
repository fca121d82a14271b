// Reads the arguments of /checkin: a duration, an optional day word, an optional note.
import { own } from "../lookup.js";
import { cleanMemberText } from "../memberText.js";
import { err, ok, type Result } from "../result.js";
import { MAX_NOTE_LENGTH } from "./limits.js";
import { type DurationError, parseDuration } from "./parseDuration.js";

export interface CheckinRequest {
  minutes: number;
  /** 0 for today, 1 for yesterday. */
  daysAgo: 0 | 1;
  note: string | null;
}

export type CheckinError =
  | DurationError
  | { id: "checkin.missing"; params: Record<string, never> }
  | { id: "checkin.noteTooLong"; params: { max: number } };

const DAY_WORDS: Record<string, 0 | 1> = { today: 0, hoje: 0, yesterday: 1, ontem: 1 };

/** A duration may be written with a space before its unit ("2 h", "1 h 30") so it can span tokens. */
const H = "(?:hours|hour|horas|hora|hrs|hr|h)(?!\\p{L})";
const M = "(?:minutes|minute|minutos|minuto|mins|min|m)(?!\\p{L})";
const DURATION_PREFIX = new RegExp(
  `^[-−–]?\\s*\\d[\\d.,:]*(?:\\s*${H}(?:\\s*\\d{1,2}(?:\\s*${M})?)?|\\s*${M})?`,
  "iu",
);

function takeDayWord(text: string): { daysAgo: 0 | 1 | null; rest: string } {
  const [first = "", ...others] = text.split(/\s+/);
  const daysAgo = own(DAY_WORDS, first.toLowerCase());
  return daysAgo === undefined ? { daysAgo: null, rest: text } : { daysAgo, rest: others.join(" ") };
}

export function parseCheckin(args: string): Result<CheckinRequest, CheckinError> {
  let text = args.trim();
  if (text === "") return err({ id: "checkin.missing", params: {} });

  const before = takeDayWord(text);
  text = before.rest;
  if (text === "") return err({ id: "checkin.missing", params: {} });

  const firstWord = text.split(/\s+/)[0] ?? text;
  const durationText = DURATION_PREFIX.exec(text)?.[0] ?? firstWord;
  const rest = text.slice(durationText.length);
  // "3hx" or "lots": the first word is a would-be duration, quoted back in the error.
  if (rest !== "" && !/^\s/.test(rest))
    return err({ id: "checkin.invalid", params: { input: firstWord.slice(0, 40) } });
  const duration = parseDuration(durationText);
  if (!duration.ok) return duration;

  const after = before.daysAgo === null ? takeDayWord(rest.trim()) : { daysAgo: null, rest: rest.trim() };
  // Confirmations may echo the note into the group: one line, nothing hidden.
  const note = cleanMemberText(after.rest);
  if (note.length > MAX_NOTE_LENGTH)
    return err({ id: "checkin.noteTooLong", params: { max: MAX_NOTE_LENGTH } });
  return ok({
    minutes: duration.value,
    daysAgo: before.daysAgo ?? after.daysAgo ?? 0,
    note: note === "" ? null : note,
  });
}
