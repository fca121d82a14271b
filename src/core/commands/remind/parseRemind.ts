// /remind's argument: a time, off, nothing (show), or "done off|on": whether a day that already has a
// check-in still gets its daily nudge (it then says what is done and the next task).
import { isOffWord, parseTimeOrOff, type TimeOrOff } from "../../nudges/timeOrOff.js";

export type RemindRequest = TimeOrOff | { kind: "whenDone"; on: boolean | null };

const DONE_WORDS: ReadonlySet<string> = new Set(["done", "feito", "feita", "concluido", "concluído"]);
const ON_WORDS: ReadonlySet<string> = new Set(["on", "ligar", "ligado", "sim", "yes"]);

/** The request; "badDone" for "done" followed by neither on nor off; null when the input is none of them. */
export function parseRemind(input: string): RemindRequest | "badDone" | null {
  const [first = "", ...rest] = input.trim().toLowerCase().split(/\s+/);
  if (DONE_WORDS.has(first)) {
    const choice = rest.join(" ");
    if (choice === "") return { kind: "whenDone", on: null };
    if (isOffWord(choice)) return { kind: "whenDone", on: false };
    return ON_WORDS.has(choice) ? { kind: "whenDone", on: true } : "badDone";
  }
  return parseTimeOrOff(input);
}
