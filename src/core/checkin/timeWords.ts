// The words of a duration besides its counts: units, "e"/"and", halves, and the vague amounts no one can count.
import type { Lexeme } from "./lexemes.js";

/** Keys are lowercase and without accents, as Lexeme.key is. */
const words = (list: string): ReadonlySet<string> => new Set(list.split(" "));

const HOURS = words("h hs hr hrs hora horas horinha horinhas hour hours");
const MINUTES = words("m min mins minuto minutos minutinho minutinhos minute minutes");
const AND = words("e and & +");
const HALVES = words("meia meio half");
/** "e uns 20", "and a bit", "e pouco": more time, but how much? */
const VAGUE = words("uns umas pouco pouquinho poucos alguns tanto quarto bit little few couple some quarter");
/** Words that lead to an amount: "e mais 20", "and about 10". */
const LEADING = words("mais more cerca quase about almost another");

const is = (set: ReadonlySet<string>) => (lexeme: Lexeme | undefined) =>
  lexeme !== undefined && lexeme.kind !== "number" && set.has(lexeme.key);

export const isHourUnit = is(HOURS);
export const isMinuteUnit = is(MINUTES);
export const isUnit = (lexeme: Lexeme | undefined): boolean => isHourUnit(lexeme) || isMinuteUnit(lexeme);
export const isAnd = is(AND);
export const isHalf = is(HALVES);
export const isVague = is(VAGUE);
export const isLeading = is(LEADING);
