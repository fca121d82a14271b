// /daystart [HH:MM|off]: when the member's day begins, for those who study past midnight.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { isOffWord } from "../../nudges/timeOrOff.js";
import { parseWallTime, type WallTime } from "../../nudges/wallClock.js";
import { err, ok, type Result } from "../../result.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import { argText, defineCommand, type OwnRefusal } from "../spec.js";
import { type DayStartReplies, names, replies, texts } from "./texts.js";

/** The latest a day may start: any later and one night's study and the next morning's would share a day. */
export const LATEST_DAY_START: WallTime = "06:00";

const MIDNIGHT_WORDS: ReadonlySet<string> = new Set(["midnight", "meia-noite", "meianoite", "meia noite"]);

/** "4am", "12 am": how English speakers write an early hour; 12am is midnight. */
const AM = /^(\d{1,2})(?::([0-5]\d))?\s*a\.?m\.?$/i;
/** A bare hour, "4": unambiguous here, since only the small hours are allowed. */
const BARE_HOUR = /^\d{1,2}$/;

/** show: nothing given; midnight: back to the calendar's day; at: a later start. */
export type DayStartChoice = { kind: "show" } | { kind: "midnight" } | { kind: "at"; time: WallTime };

function wallTimeOf(input: string): WallTime | null {
  const am = AM.exec(input);
  if (am !== null) {
    const hour = Number(am[1]);
    if (hour < 1 || hour > 12) return null;
    return `${String(hour % 12).padStart(2, "0")}:${am[2] ?? "00"}`;
  }
  return parseWallTime(BARE_HOUR.test(input) ? `${input}h` : input);
}

export function parseDayStart(text: string): Result<DayStartChoice, OwnRefusal<DayStartReplies>> {
  const input = text.trim();
  if (input === "") return ok({ kind: "show" });
  if (isOffWord(input) || MIDNIGHT_WORDS.has(input.toLowerCase())) return ok({ kind: "midnight" });
  const time = wallTimeOf(input);
  const shown = input.slice(0, 40);
  if (time === null) return err({ own: "invalid", params: { input: shown } });
  if (time > LATEST_DAY_START) return err({ own: "tooLate", params: { time, latest: LATEST_DAY_START } });
  return ok(time === "00:00" ? { kind: "midnight" } : { kind: "at", time });
}

export const daystart = defineCommand<DayStartChoice, DayStartReplies>({
  ...names,
  options: [{ name: "time", kind: "text", maxLength: 12, suggest: "time" }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse: (args) => parseDayStart(argText(args, "time")),
  async run({ deps, member, now, replies: say }, choice) {
    const zone = zoneLabel(member.timezone);
    if (choice.kind === "show") {
      const time = member.dayStart;
      return { text: time === null ? say.isMidnight({}) : say.current({ time, zone }) };
    }
    const dayStart = choice.kind === "at" ? choice.time : null;
    await deps.store.updateMember(member.id, {
      dayStart,
      pointers: pointersAfterChange({ ...member, dayStart }, now),
    });
    return { text: dayStart === null ? say.midnight({}) : say.set({ time: dayStart, zone }) };
  },
});
