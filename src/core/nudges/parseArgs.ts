// Pure parsers for the arguments of /quiet, /pause, /setup and /leaderboard.
import { wordValue } from "../checkin/numberWords.js";
import { own } from "../lookup.js";
import type { LeaderboardPeriod } from "../messages/schedule.js";
import { err, ok, type Result } from "../result.js";
import { addDays, daysBetween, type LocalDate } from "../time/dates.js";
import { parseLocalDate } from "../time/parseLocalDate.js";
import { resolveZone, type ZoneHints } from "../time/resolveZone.js";
import { isOffWord } from "./timeOrOff.js";
import { parseWallTime, type WallTime } from "./wallClock.js";

type Invalid = { input: string };
const quote = (input: string): Invalid => ({ input: input.slice(0, 40) });

/** "22:00-07:00" → the range; "off" → null. */
export function parseQuiet(args: string): Result<{ start: WallTime; end: WallTime } | null, Invalid> {
  const text = args.trim().toLowerCase();
  if (isOffWord(text)) return ok(null);
  const [from = "", to = "", ...rest] = text.split(/\s*[-–—]\s*|\s+/);
  const start = parseWallTime(from);
  const end = parseWallTime(to);
  if (start === null || end === null || rest.length > 0 || start === end) return err(quote(args));
  return ok({ start, end });
}

/** The longest pause, so a typo like /pause 3000 does not silence someone for years. */
export const MAX_PAUSE_DAYS = 365;

/** Days in one of each unit a pause may be counted in. */
const PAUSE_UNITS: Record<string, number> = {
  d: 1,
  day: 1,
  days: 1,
  dia: 1,
  dias: 1,
  w: 7,
  week: 7,
  weeks: 7,
  sem: 7,
  semana: 7,
  semanas: 7,
};

/**
 * "7", "7 dias", "1 semana", "uma semana", "2 weeks" → paused for that many days from today; "2026-12-20", "20/12",
 * "amanhã" → paused through that day. Returns the last paused day.
 */
export function parsePause(args: string, today: LocalDate): Result<LocalDate, Invalid> {
  const text = args.trim().toLowerCase();
  const count = /^(\d{1,3}|[\p{L}-]+)\s+([a-z]+)$|^(\d{1,3})\s*([a-z]*)$/u.exec(text);
  if (count !== null) {
    const word = count[1] ?? count[3] ?? "";
    const unitWord = count[2] ?? count[4] ?? "";
    const unit = unitWord === "" ? 1 : own(PAUSE_UNITS, unitWord);
    // "duas semanas", "a week": a count in words, or an article, needs its unit named.
    const spelled = ["a", "an"].includes(word) ? 1 : wordValue(word.normalize("NFD").replace(/\p{M}/gu, ""));
    const number = /^\d/.test(word) ? Number(word) : (spelled ?? Number.NaN);
    const days = unit === undefined ? Number.NaN : number * unit;
    if (!(days >= 1 && days <= MAX_PAUSE_DAYS)) return err(quote(args.trim()));
    return ok(addDays(today, days - 1));
  }
  const date = parseLocalDate(text, today, "next");
  if (date !== null && daysBetween(today, date) >= 0 && daysBetween(today, date) <= MAX_PAUSE_DAYS) {
    return ok(date);
  }
  return err(quote(args.trim()));
}

const WEEKDAY_NAMES: ReadonlyArray<readonly string[]> = [
  ["monday", "mon", "segunda", "segunda-feira", "seg"],
  ["tuesday", "tue", "terça", "terca", "terça-feira", "terca-feira", "ter"],
  ["wednesday", "wed", "quarta", "quarta-feira", "qua"],
  ["thursday", "thu", "quinta", "quinta-feira", "qui"],
  ["friday", "fri", "sexta", "sexta-feira", "sex"],
  ["saturday", "sat", "sábado", "sabado", "sab", "sáb"],
  ["sunday", "sun", "domingo", "dom"],
];

export function parseWeekday(text: string): number | null {
  const lower = text.trim().toLowerCase();
  const index = WEEKDAY_NAMES.findIndex((names) => names.includes(lower));
  return index === -1 ? null : index;
}

/** Whether check-in confirmations are public, by the word that chooses it. */
const CHECKIN_VISIBILITY: Record<string, boolean> = {
  public: true,
  público: true,
  publico: true,
  pública: true,
  publica: true,
  private: false,
  privado: false,
  privada: false,
};

export interface SetupChoice {
  zone?: string;
  weekday?: number;
  time?: WallTime;
  publicCheckins?: boolean;
}

/**
 * "/setup [timezone] [weekday] [HH:MM] [public|private]" in any order: each part is recognised by its form,
 * and the words left over name the timezone ("São Paulo", "UTC-3").
 */
export function parseSetup(args: string, hints: ZoneHints): Result<SetupChoice, Invalid> {
  const choice: SetupChoice = {};
  const rest: string[] = [];
  for (const word of args.split(/\s+/).filter((w) => w !== "")) {
    const time = parseWallTime(word);
    const weekday = parseWeekday(word);
    const visibility = own(CHECKIN_VISIBILITY, word.normalize("NFC").toLowerCase());
    if (time !== null && choice.time === undefined) choice.time = time;
    else if (weekday !== null && choice.weekday === undefined) choice.weekday = weekday;
    else if (visibility !== undefined && choice.publicCheckins === undefined)
      choice.publicCheckins = visibility;
    else rest.push(word);
  }
  if (rest.length === 0) return ok(choice);
  const zone = resolveZone(rest.join(" "), hints, { suggest: false });
  if (zone.kind === "unknown") return err(quote(rest.join(" ")));
  return ok({ ...choice, zone: zone.zone });
}

const PERIODS: Record<string, LeaderboardPeriod> = {
  this: "this",
  week: "this",
  semana: "this",
  esta: "this",
  last: "last",
  passada: "last",
  anterior: "last",
  all: "all",
  tudo: "all",
  total: "all",
};

export function parsePeriod(args: string): Result<LeaderboardPeriod, Invalid> {
  const text = args.trim().toLowerCase();
  if (text === "") return ok("this");
  const period = own(PERIODS, text);
  return period === undefined ? err(quote(args)) : ok(period);
}
