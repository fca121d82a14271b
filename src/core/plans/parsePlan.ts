// Reads /plan as people write it: "seg qua sex 19:00-21:00; sáb 09:00-12:00", "mon wed fri 7pm-9pm",
// "seg a sex 19h-21h", "off", "se eu chegar cansado então 20 minutos de revisão".
import { cleanMemberText } from "../memberText.js";
import { parseWeekday } from "../nudges/parseArgs.js";
import { isOffWord } from "../nudges/timeOrOff.js";
import { parseWallTime, type WallTime } from "../nudges/wallClock.js";
import { err, ok, type Result } from "../result.js";
import { type PlanBlock, sortBlocks } from "./plan.js";

export type PlanRequest =
  | { kind: "show" }
  | { kind: "off" }
  | { kind: "blocks"; blocks: PlanBlock[] }
  | { kind: "ifThen"; obstacle: string; fallback: string };

export type PlanError =
  | { kind: "noDays"; input: string }
  | { kind: "noTime"; input: string }
  | { kind: "badRange"; input: string }
  | { kind: "overlap"; input: string }
  | { kind: "tooMany"; max: number }
  | { kind: "ifThenShape"; input: string };

export const MAX_BLOCKS = 21;
/** An if-then line is a sentence, not a diary. */
export const MAX_IF_THEN_CHARS = 120;

const RANGE_WORDS = ["a", "to", "até", "ate", "-", "–"];
const IF_THEN = /^(?:if|se)\s+(.+?)\s*,?\s+(?:then|então|entao)\s+(.+)$/isu;

/** "7pm", "7:30pm", "19h", "19:00" → "19:00". */
function timeOf(text: string): WallTime | null {
  const pm = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)$/i.exec(text);
  if (pm === null) return parseWallTime(text);
  const hour = Number(pm[1]);
  if (hour < 1 || hour > 12) return null;
  const h24 = (hour % 12) + (pm[3]?.toLowerCase() === "pm" ? 12 : 0);
  return parseWallTime(`${h24}:${pm[2] ?? "00"}`);
}

/** "19:00-21:00", "7pm-9pm", "19h às 21h" (already joined) → start and end. */
function rangeOf(text: string): { start: WallTime; end: WallTime } | null {
  const [from = "", to = "", ...rest] = text.split(/\s*(?:-|–|—|às|as|to)\s*/i).filter((p) => p !== "");
  if (rest.length > 0) return null;
  const start = timeOf(from);
  const end = timeOf(to);
  return start === null || end === null ? null : { start, end };
}

function segment(text: string): Result<PlanBlock[], PlanError> {
  const quoted = text.slice(0, 40);
  const days: number[] = [];
  const times: string[] = [];
  const words = text.split(/\s+/).filter((w) => w !== "");
  for (let i = 0; i < words.length; i += 1) {
    const word = (words[i] ?? "").replace(/,$/, "");
    const day = parseWeekday(word);
    // "seg a sex", "mon to fri": every day between.
    if (day !== null && RANGE_WORDS.includes((words[i + 1] ?? "").toLowerCase())) {
      const last = parseWeekday((words[i + 2] ?? "").replace(/,$/, ""));
      if (last !== null) {
        for (let d = day; d <= last; d += 1) days.push(d);
        i += 2;
        continue;
      }
    }
    const dayRange = /^(\p{L}+)-(\p{L}+)$/u.exec(word);
    const first = dayRange === null ? null : parseWeekday(dayRange[1] ?? "");
    const lastOfRange = dayRange === null ? null : parseWeekday(dayRange[2] ?? "");
    if (first !== null && lastOfRange !== null) {
      for (let d = first; d <= lastOfRange; d += 1) days.push(d);
    } else if (day !== null) days.push(day);
    else times.push(word);
  }
  if (days.length === 0) return err({ kind: "noDays", input: quoted });
  if (times.length === 0) return err({ kind: "noTime", input: quoted });
  const range = rangeOf(times.join(" "));
  if (range === null || range.end <= range.start)
    return err({ kind: "badRange", input: times.join(" ").slice(0, 40) });
  return ok([...new Set(days)].map((weekday) => ({ weekday, ...range })));
}

export function parsePlan(text: string): Result<PlanRequest, PlanError> {
  const input = text.trim();
  if (input === "") return ok({ kind: "show" });
  if (isOffWord(input)) return ok({ kind: "off" });
  if (/^(?:if|se)\s/i.test(input)) {
    const match = IF_THEN.exec(cleanMemberText(input));
    const obstacle = match?.[1]?.trim() ?? "";
    const fallback = match?.[2]?.trim() ?? "";
    // Too long a sentence is cut, not refused: the reply shows what was kept.
    if (obstacle === "" || fallback === "") {
      return err({ kind: "ifThenShape", input: input.slice(0, 40) });
    }
    return ok({
      kind: "ifThen",
      obstacle: obstacle.slice(0, MAX_IF_THEN_CHARS),
      fallback: fallback.slice(0, MAX_IF_THEN_CHARS),
    });
  }
  const blocks: PlanBlock[] = [];
  for (const part of input
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    const read = segment(part);
    if (!read.ok) return read;
    blocks.push(...read.value);
  }
  if (blocks.length > MAX_BLOCKS) return err({ kind: "tooMany", max: MAX_BLOCKS });
  const sorted = sortBlocks(blocks);
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a !== undefined && b !== undefined && a.weekday === b.weekday && b.start < a.end) {
      return err({ kind: "overlap", input: `${b.start}-${b.end}` });
    }
  }
  return ok({ kind: "blocks", blocks: sorted });
}
