// What Discord suggests as a member types an option: zones (their likely ones first), times and durations.
import { IANAZone } from "luxon";
import { parseDuration } from "../../core/checkin/parseDuration.js";
import type { OptionSpec } from "../../core/commands/spec.js";
import { parseWallTime } from "../../core/nudges/wallClock.js";
import type { Locale } from "../../core/roadmap/types.js";
import { parseOffset } from "../../core/time/zoneOffset.js";
import { zonesMatching } from "./timezones.js";

const MAX_SUGGESTIONS = 25;

/** Where the people of each language mostly are: offered first, before typing and among matches. */
const LIKELY_ZONES: Record<Locale, readonly string[]> = {
  "pt-BR": [
    "America/Sao_Paulo",
    "America/Manaus",
    "America/Fortaleza",
    "America/Recife",
    "America/Bahia",
    "America/Belem",
    "America/Cuiaba",
    "America/Porto_Velho",
    "America/Rio_Branco",
    "America/Noronha",
    "Europe/Lisbon",
    "Atlantic/Azores",
    "Africa/Luanda",
    "Africa/Maputo",
  ],
  en: [
    "Europe/Lisbon",
    "Europe/London",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/Berlin",
    "Asia/Kolkata",
  ],
};

const ALL_ZONES = [...Intl.supportedValuesOf("timeZone"), "UTC"];

export interface SuggestHints {
  locale: Locale;
  now: Date;
}

/** Likely zones first, keeping the order of the rest. */
function likelyFirst(zones: readonly string[], locale: Locale): string[] {
  const likely = LIKELY_ZONES[locale];
  const rank = (zone: string) => {
    const i = likely.indexOf(zone);
    return i === -1 ? likely.length : i;
  };
  return zones
    .map((zone, i) => ({ zone, i }))
    .sort((a, b) => rank(a.zone) - rank(b.zone) || a.i - b.i)
    .map((z) => z.zone);
}

export function suggestZones(typed: string, { locale, now }: SuggestHints): string[] {
  const text = typed.trim();
  if (text === "")
    return [...new Set([...LIKELY_ZONES[locale], ...zonesMatching("")])].slice(0, MAX_SUGGESTIONS);
  // "GMT-3", "UTC+1", "-03:00": the zones keeping that offset today.
  const offset = parseOffset(text);
  if (offset !== null) {
    const keeping = ALL_ZONES.filter((zone) => IANAZone.create(zone).offset(now.getTime()) === offset);
    return likelyFirst(keeping, locale).slice(0, MAX_SUGGESTIONS);
  }
  return likelyFirst(zonesMatching(text), locale).slice(0, MAX_SUGGESTIONS);
}

const COMMON_DURATIONS = ["30min", "45min", "1h", "1h30", "2h", "2h30", "3h", "4h"];

/** "2" → 2h, 2h30, 20min…; anything the check-in parser reads is offered as typed, first. */
export function suggestDurations(typed: string): string[] {
  const text = typed.trim().toLowerCase();
  if (text === "") return COMMON_DURATIONS;
  const number = /^(\d{1,3})$/.exec(text)?.[1];
  // A bare number is offered with its units instead: "2" alone says nothing of hours or minutes.
  const readable = number === undefined && parseDuration(text).ok ? [text] : [];
  const built =
    number === undefined
      ? []
      : [`${number}h`, `${number}h30`, `${number}0min`, `${number}min`].filter((d) => parseDuration(d).ok);
  const prefixed = COMMON_DURATIONS.filter((d) => d.startsWith(text));
  return [...new Set([...readable, ...built, ...prefixed])].slice(0, MAX_SUGGESTIONS);
}

const COMMON_TIMES = ["07:00", "08:00", "09:00", "12:00", "18:00", "19:00", "20:00", "21:00", "22:00"];

/** "8" → 08:00, 08:30; "20" → 20:00, 20:30; "8:4" → 08:40…; a full time as typed, normalized. */
export function suggestTimes(typed: string): string[] {
  const text = typed.trim().toLowerCase().replace("h", ":");
  if (text === "") return COMMON_TIMES;
  const exact = parseWallTime(text);
  const match = /^(\d{1,2})(?::(\d?))?$/.exec(text);
  const built: string[] = [];
  if (match !== null) {
    const hour = Number(match[1]);
    const tens = match[2];
    if (hour <= 23) {
      const hh = String(hour).padStart(2, "0");
      const minutes = tens === undefined || tens === "" ? ["00", "15", "30", "45"] : [`${tens}0`, `${tens}5`];
      for (const mm of minutes) if (Number(mm) < 60) built.push(`${hh}:${mm}`);
    }
  }
  return [...new Set([...(exact === null ? [] : [exact]), ...built])].slice(0, MAX_SUGGESTIONS);
}

/** The suggestions for an option as typed so far; none for an option without suggestions. */
export function suggestionsFor(kind: OptionSpec["suggest"], typed: string, hints: SuggestHints): string[] {
  switch (kind) {
    case "timezone":
      return suggestZones(typed, hints);
    case "duration":
      return suggestDurations(typed);
    case "time":
      return suggestTimes(typed);
    case undefined:
      return [];
  }
}
