// Whether the words after a duration look like more of it ("2h e uns 20", "1h and a bit", "2h 75 min"): then
// the check-in is refused, rather than recorded with part of the time taken for the note.
import type { Lexeme } from "./lexemes.js";
import { isArticle, isNumberWord } from "./numberWords.js";
import type { EndsAt } from "./readDuration.js";
import { isAnd, isHalf, isLeading, isUnit, isVague } from "./timeWords.js";

const isDash = (lexeme: Lexeme | undefined): boolean =>
  lexeme?.kind === "symbol" && /^[-−–—]$/.test(lexeme.text);

/** What a duration is made of: "20", "1:30", "min", "meia", "pouco"; "uma" or "a" only before one of them. */
function amountAt(lx: readonly Lexeme[], at: number, endsAt: EndsAt): boolean {
  const lexeme = lx[at];
  if (lexeme === undefined) return false;
  if (lexeme.kind === "number" || lexeme.kind === "clock") return true;
  if (isUnit(lexeme) || isHalf(lexeme) || isVague(lexeme)) return true;
  if (!isNumberWord(lexeme) && !isArticle(lexeme)) return false;
  const next = lx[at + 1];
  return endsAt(at + 1) || isUnit(next) || isHalf(next) || isVague(next);
}

/** A note may start with a count ("10 exercícios"), but not with one that has a unit or nothing after it. */
function countOfTimeAt(lx: readonly Lexeme[], at: number, endsAt: EndsAt): boolean {
  const lexeme = lx[at];
  const next = lx[at + 1];
  if (lexeme?.kind !== "number" && !isNumberWord(lexeme)) return false;
  if (next === undefined || endsAt(at + 1) || isUnit(next) || isHalf(next)) return true;
  if (isAnd(next) && isHalf(lx[at + 2])) return true;
  // "30mn", "30minutinhos", "30,": a count glued to what reads like a unit or a separator.
  return lexeme?.kind === "number" && !next.spaced && /^[hm,.;:]/i.test(next.text);
}

function timeAt(lx: readonly Lexeme[], at: number, endsAt: EndsAt): boolean {
  const lexeme = lx[at];
  if (lexeme === undefined) return false;
  if (lexeme.kind === "clock" || isUnit(lexeme)) return true;
  if (isHalf(lexeme) || isArticle(lexeme)) {
    const next = lx[at + 1];
    return next === undefined || isUnit(next) || isHalf(next) || isArticle(next);
  }
  if (isLeading(lexeme)) return amountAt(lx, at + 1, endsAt);
  return countOfTimeAt(lx, at, endsAt);
}

/**
 * Whether the note that starts at `at` starts with time: "e 20", "and a half", "30min", "- 15m". `endsAt` tells
 * where the duration could have ended ("2h 75 ontem" is as doubtful as "2h 75").
 */
export function startsWithTime(lx: readonly Lexeme[], at: number, endsAt: EndsAt): boolean {
  const first = lx[at];
  if (first === undefined) return false;
  if (isAnd(first)) {
    const amount = isLeading(lx[at + 1]) ? at + 2 : at + 1;
    return endsAt(amount) || amountAt(lx, amount, endsAt);
  }
  return isDash(first) ? timeAt(lx, at + 1, endsAt) : timeAt(lx, at, endsAt);
}
