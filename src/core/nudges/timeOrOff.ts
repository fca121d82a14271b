// The words that turn a setting off, and a time of day or "off" as one choice: /remind, /evening, /quiet, /plan.
import { parseWallTime, type WallTime } from "./wallClock.js";

const OFF_WORDS: ReadonlySet<string> = new Set([
  "off",
  "none",
  "clear",
  "desligar",
  "desligado",
  "nenhum",
  "nenhuma",
  "limpar",
  "apagar",
]);

export function isOffWord(text: string): boolean {
  return OFF_WORDS.has(text.trim().toLowerCase());
}

/** show: nothing given; off: an off word; at: a time of day; null: neither. */
export type TimeOrOff = { kind: "show" } | { kind: "off" } | { kind: "at"; time: WallTime };

export function parseTimeOrOff(input: string): TimeOrOff | null {
  if (input.trim() === "") return { kind: "show" };
  if (isOffWord(input)) return { kind: "off" };
  const time = parseWallTime(input);
  return time === null ? null : { kind: "at", time };
}
