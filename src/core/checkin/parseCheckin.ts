// Reads the arguments of /checkin: a duration, an optional day word (before or after it), an optional note.
// Whatever is not understood refuses the whole check-in: time is never recorded with part of it left in the note.
import { cleanMemberText } from "../memberText.js";
import { err, ok, type Result } from "../result.js";
import { readDay } from "./dayWords.js";
import { fitNote } from "./fitNote.js";
import { type Lexeme, lexemes, pastPunctuation } from "./lexemes.js";
import { startsWithTime } from "./moreTime.js";
import { checkMinutes, type DurationError, isMinus, quoted } from "./parseDuration.js";
import { readDuration } from "./readDuration.js";

export interface CheckinRequest {
  minutes: number;
  /** 0 for today, 1 for yesterday. */
  daysAgo: 0 | 1;
  note: string | null;
  /** The note was longer than a check-in keeps, and was cut to fit. */
  noteShortened: boolean;
}

export type CheckinError =
  | DurationError
  | { id: "checkin.missing"; params: Record<string, never> }
  | { id: "checkin.onlyTodayOrYesterday"; params: { input: string } };

/** The written text from one lexeme to another, both included. */
function span(text: string, lx: readonly Lexeme[], first: number, last: number): string {
  return cleanMemberText(text.slice(lx[first]?.start ?? 0, lx[Math.min(last, lx.length - 1)]?.end ?? 0));
}

const invalid = (input: string): Result<never, CheckinError> =>
  err({ id: "checkin.invalid", params: { input: quoted(input) } });

const otherDay = (input: string): Result<never, CheckinError> =>
  err({ id: "checkin.onlyTodayOrYesterday", params: { input: quoted(input) } });

export function parseCheckin(args: string): Result<CheckinRequest, CheckinError> {
  const text = args.trim();
  const lx = lexemes(text);
  const before = readDay(lx, 0);
  if (before?.kind === "otherDay") return otherDay(span(text, lx, 0, before.next - 1));
  const start = before?.next ?? 0;
  const first = lx[start];
  if (first === undefined) return err({ id: "checkin.missing", params: {} });

  const negative = isMinus(first);
  // "2h 30 ontem" is 2h30: a day word ends the duration as the end of the text does.
  const endsAt = (at: number) => pastPunctuation(lx, at) === lx.length || readDay(lx, at) !== null;
  const read = readDuration(lx, negative ? start + 1 : start, endsAt);
  let next = read === null ? start : pastPunctuation(lx, read.next);
  // "lots", "3hx", "2h30x": the first word is a would-be duration, quoted back in the refusal.
  if (read === null || (lx[next]?.spaced ?? true) === false)
    return invalid(cleanMemberText(text.slice(first.start).split(/\s/, 1)[0] ?? ""));
  const duration = span(text, lx, start, read.next - 1);

  const after = readDay(lx, next);
  if (after?.kind === "otherDay") return otherDay(span(text, lx, next, after.next - 1));
  if (after?.kind === "day") {
    if (before?.kind === "day" && before.daysAgo !== after.daysAgo)
      return invalid(span(text, lx, 0, after.next - 1));
    next = after.next;
  }
  if (startsWithTime(lx, next, endsAt)) return invalid(span(text, lx, start, next + 2));

  const minutes = checkMinutes(negative ? -read.minutes : read.minutes, duration);
  if (!minutes.ok) return minutes;
  // Confirmations may echo the note into the group: one line, nothing hidden.
  const { note, shortened } = fitNote(cleanMemberText(text.slice(lx[next]?.start ?? text.length)));
  return ok({
    minutes: minutes.value,
    daysAgo: after?.kind === "day" ? after.daysAgo : before?.kind === "day" ? before.daysAgo : 0,
    note: note === "" ? null : note,
    noteShortened: shortened,
  });
}
