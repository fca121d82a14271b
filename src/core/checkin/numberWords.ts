// Counts written as words, as in "duas horas e meia", "an hour", "vinte e cinco minutos", "twenty-five minutes".
import { own } from "../lookup.js";
import type { Lexeme } from "./lexemes.js";

/** "um=1 uma=1" as a table; keys are lowercase and without accents, as Lexeme.key is. */
function table(entries: string): Readonly<Record<string, number>> {
  const pairs = entries.split(" ").map((entry) => entry.split("="));
  return Object.fromEntries(pairs.map(([word, value]) => [word, Number(value)]));
}

const UNITS = table(
  "um=1 uma=1 dois=2 duas=2 tres=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 " +
    "one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9",
);
const TEENS = table(
  "dez=10 onze=11 doze=12 treze=13 catorze=14 quatorze=14 quinze=15 dezesseis=16 dezasseis=16 " +
    "dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 ten=10 eleven=11 twelve=12 " +
    "thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19",
);
const TENS = table("vinte=20 trinta=30 quarenta=40 cinquenta=50 twenty=20 thirty=30 forty=40 fifty=50");

/** "An hour", "a minute": one, but only right before a unit. */
export const isArticle = (lexeme: Lexeme | undefined): boolean =>
  lexeme?.kind === "word" && (lexeme.key === "a" || lexeme.key === "an");

/** The value of one word, lowercase and without accents: "cinco", "quinze", "twenty-five". */
export function wordValue(key: string): number | undefined {
  const parts = key.split("-");
  if (parts.length === 1) return own(UNITS, key) ?? own(TEENS, key) ?? own(TENS, key);
  const [tens = "", unit = ""] = parts;
  const value = (own(TENS, tens) ?? Number.NaN) + (own(UNITS, unit) ?? Number.NaN);
  return parts.length === 2 && !Number.isNaN(value) ? value : undefined;
}

export function isNumberWord(lexeme: Lexeme | undefined): boolean {
  return lexeme?.kind === "word" && wordValue(lexeme.key) !== undefined;
}

/** The count written in words from `at`: "cinco", "vinte e cinco", "twenty five", "twenty-five". */
export function readNumberWords(lx: readonly Lexeme[], at: number): { value: number; next: number } | null {
  const first = lx[at];
  const value = first?.kind === "word" ? wordValue(first.key) : undefined;
  if (first === undefined || value === undefined) return null;
  if (own(TENS, first.key) === undefined) return { value, next: at + 1 };
  const unitAt = lx[at + 1]?.key === "e" ? at + 2 : at + 1;
  const unit = lx[unitAt]?.kind === "word" ? own(UNITS, lx[unitAt]?.key ?? "") : undefined;
  return unit === undefined ? { value, next: at + 1 } : { value: value + unit, next: unitAt + 1 };
}
