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

/** Names longer than this are no misspelt city: no suggestion is worth the search. */
const MAX_SUGGESTED_LENGTH = 40;
/** How many names, by shared letter pairs, are measured letter by letter. */
const SHORTLIST = 24;

function pairsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i += 1) pairs.add(text.slice(i, i + 2));
  return pairs;
}

let pairIndex: Array<{ name: string; zone: string; pairs: Set<string> }> | null = null;

function closest(key: string): string[] {
  if (key.length > MAX_SUGGESTED_LENGTH || !/\p{L}/u.test(key)) return [];
  pairIndex ??= [...zoneIndex()].map(([name, zone]) => ({ name, zone, pairs: pairsOf(name) }));
  const candidates = [...new Set([key, key.slice(key.lastIndexOf("/") + 1)])];
  const wanted = candidates.map((candidate) => [...pairsOf(candidate)]);
  // Letter pairs in common pick a shortlist cheaply; edit distance then orders it.
  const scoredPairs: Array<{ name: string; zone: string; shared: number }> = [];
  for (const entry of pairIndex) {
    let shared = 0;
    for (const pairs of wanted) {
      let count = 0;
      for (const pair of pairs) if (entry.pairs.has(pair)) count += 1;
      shared = Math.max(shared, count);
    }
    if (shared > 0) scoredPairs.push({ name: entry.name, zone: entry.zone, shared });
  }
  const shortlist = scoredPairs.sort((x, y) => y.shared - x.shared).slice(0, SHORTLIST);
  // Further than this is no near miss.
  const limit = Math.max(3, Math.ceil(key.length / 2));
  const scored = shortlist.flatMap(({ name, zone }) => {
    const edits = Math.min(...candidates.map((candidate) => editDistance(candidate, name, limit)));
    return edits > limit ? [] : [{ zone, edits }];
  });
  scored.sort((a, b) => a.edits - b.edits);
  return [...new Set(scored.map((s) => s.zone))].slice(0, 3);
}

/** `suggest: false` when only whether it is a zone matters (e.g. a word of /setup). */
export function resolveZone(input: string, hints: ZoneHints, { suggest = true } = {}): ZoneResolution {
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
  return { kind: "unknown", suggestions: key === "" || !suggest ? [] : closest(key) };
}
