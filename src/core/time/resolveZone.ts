// The timezone a member means, however they write it: "São Paulo", "sao paulo", "America/São_Paulo",
// "Lisboa", "Europe/Lisboa", "New York", "GMT-3", "-03:00".
import { IANAZone } from "luxon";
import { editDistance } from "../editDistance.js";
import { own } from "../lookup.js";
import type { Locale } from "../roadmap/types.js";
import { canonicalZone } from "./dates.js";
import { BRAZIL_BY_OFFSET, ZONE_BY_ODD_OFFSET, ZONE_NAMES } from "./zoneNames.js";
import { fixedOffsetZone, isFixedOffset, parseOffset } from "./zoneOffset.js";

export type ZoneResolution =
  /** A named zone; `offset` when it was read from an offset the zone keeps now. */
  | { kind: "zone"; zone: string; offset?: number }
  /** A fixed offset ("Etc/GMT+3"): right today, but it will not follow daylight saving time. */
  | { kind: "fixed"; zone: string; offset: number }
  /** Nothing matched: up to three zones whose names are closest. */
  | { kind: "unknown"; suggestions: string[] };

export interface ZoneHints {
  /** The member's zone now, kept when an offset matches it. */
  current: string;
  locale: Locale;
  at: Date;
}

/** Lowercase words without accents: "São_Paulo" → "sao paulo". */
export function plainWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
}

let index: Map<string, string> | null = null;

/** Full IANA names, their cities and the names in ZONE_NAMES, each to a canonical zone. */
function zoneIndex(): Map<string, string> {
  if (index !== null) return index;
  const built = new Map<string, string>();
  for (const zone of [...Intl.supportedValuesOf("timeZone"), "UTC"]) {
    const key = plainWords(zone);
    built.set(key, zone);
    const city = key.slice(key.lastIndexOf("/") + 1);
    if (!built.has(city)) built.set(city, zone);
  }
  for (const [name, zone] of Object.entries(ZONE_NAMES)) {
    const canonical = canonicalZone(zone);
    if (canonical !== null) built.set(name, canonical);
  }
  index = built;
  return built;
}

function offsetNow(zone: string, at: Date): number | null {
  const named = IANAZone.create(zone);
  return named.isValid ? named.offset(at.getTime()) : null;
}

function fromOffset(minutes: number, hints: ZoneHints): ZoneResolution | null {
  // A named zone that keeps this offset now stays; a fixed one gives way to a name if there is one.
  if (!isFixedOffset(hints.current) && offsetNow(hints.current, hints.at) === minutes) {
    return { kind: "zone", zone: hints.current, offset: minutes };
  }
  const brazilian = hints.locale === "pt-BR" ? own(BRAZIL_BY_OFFSET, String(minutes)) : undefined;
  const named = brazilian ?? own(ZONE_BY_ODD_OFFSET, String(minutes));
  const canonical = named === undefined ? null : canonicalZone(named);
  if (canonical !== null) return { kind: "zone", zone: canonical, offset: minutes };
  const fixed = fixedOffsetZone(minutes);
  if (fixed === null) return null;
  return fixed === "UTC"
    ? { kind: "zone", zone: fixed, offset: 0 }
    : { kind: "fixed", zone: fixed, offset: minutes };
}

function closest(key: string): string[] {
  const candidates = [key, key.slice(key.lastIndexOf("/") + 1)];
  const scored = [...zoneIndex()].map(([name, zone]) => ({
    zone,
    edits: Math.min(...candidates.map((candidate) => editDistance(candidate, name))),
  }));
  scored.sort((a, b) => a.edits - b.edits);
  return [...new Set(scored.map((s) => s.zone))].slice(0, 3);
}

export function resolveZone(input: string, hints: ZoneHints): ZoneResolution {
  const text = input.trim().slice(0, 64);
  const minutes = parseOffset(text);
  if (minutes !== null) return fromOffset(minutes, hints) ?? { kind: "unknown", suggestions: [] };
  const key = plainWords(text);
  if (["utc", "gmt", "z"].includes(key)) return { kind: "zone", zone: "UTC" };
  const zones = zoneIndex();
  const found = zones.get(key) ?? zones.get(key.slice(key.lastIndexOf("/") + 1));
  if (found !== undefined) return { kind: "zone", zone: found };
  const exact = canonicalZone(text);
  if (exact !== null && isFixedOffset(exact))
    return { kind: "fixed", zone: exact, offset: offsetNow(exact, hints.at) ?? 0 };
  if (exact !== null) return { kind: "zone", zone: exact };
  return { kind: "unknown", suggestions: key === "" ? [] : closest(key) };
}
