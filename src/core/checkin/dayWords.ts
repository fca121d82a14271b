// The day of a check-in: today or yesterday; and the words that name any other day, which are refused.
import type { Lexeme } from "./lexemes.js";
import { pastPunctuation } from "./lexemes.js";

const words = (list: string): ReadonlySet<string> => new Set(list.split(" "));

const TODAY = words("hoje hj today");
const YESTERDAY = words("ontem yesterday");
const OTHER_DAYS = words(
  "amanha tomorrow anteontem segunda terca quarta quinta sexta sabado domingo " +
    "monday tuesday wednesday thursday friday saturday sunday",
);
const OTHER_PHRASES = [
  "depois de amanha",
  "day after tomorrow",
  "antes de ontem",
  "the day before yesterday",
  "day before yesterday",
].map((phrase) => phrase.split(" "));
/** "na sexta", "no dia 16/12", "on monday", "last friday". */
const BEFORE_A_DAY = words("na no em dia on last");

export type DayRead =
  | { kind: "day"; daysAgo: 0 | 1; next: number }
  /** Any day but today and yesterday: a weekday, a date, tomorrow. */
  | { kind: "otherDay"; next: number };

function otherDayAt(lx: readonly Lexeme[], at: number): number | null {
  const lexeme = lx[at];
  if (lexeme?.kind === "date") return at + 1;
  if (lexeme?.kind !== "word") return null;
  const phrase = OTHER_PHRASES.find((p) => p.every((word, k) => lx[at + k]?.key === word));
  if (phrase !== undefined) return at + phrase.length;
  if (!OTHER_DAYS.has(lexeme.key.replace(/-feira$/, ""))) return null;
  return lx[at + 1]?.key === "feira" ? at + 2 : at + 1;
}

/** The day word at `at`, if one is there. */
export function readDay(lx: readonly Lexeme[], at: number): DayRead | null {
  const lexeme = lx[at];
  if (lexeme?.kind !== "word" && lexeme?.kind !== "date") return null;
  const daysAgo = TODAY.has(lexeme.key) ? 0 : YESTERDAY.has(lexeme.key) ? 1 : null;
  if (daysAgo !== null) {
    const next = pastPunctuation(lx, at + 1);
    // "ontem2h" holds no day word.
    return (lx[next]?.spaced ?? true) ? { kind: "day", daysAgo, next } : null;
  }
  let day = at;
  while (day < at + 2 && BEFORE_A_DAY.has(lx[day]?.key ?? "") && lx[day]?.kind === "word") day += 1;
  const next = otherDayAt(lx, day);
  return next === null ? null : { kind: "otherDay", next };
}
