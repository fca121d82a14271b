// Autocomplete over IANA timezones: Discord shows at most 25 suggestions.
import { plainWords } from "../../core/time/resolveZone.js";
import { ZONE_NAMES } from "../../core/time/zoneNames.js";

const ZONES = [...Intl.supportedValuesOf("timeZone"), "UTC"];
/** Each zone with its name as plain words, worked out once rather than on every keystroke. */
const PLAIN = ZONES.map((zone) => {
  const plain = plainWords(zone);
  return { zone, plain, city: plain.slice(plain.lastIndexOf("/") + 1) };
});
const KNOWN: ReadonlySet<string> = new Set(ZONES);
const MAX_SUGGESTIONS = 25;

/**
 * Zones starting with the typed text first ("lis" → Europe/Lisbon via its city, "são" and "lisboa" too),
 * then any containing it.
 */
export function zonesMatching(typed: string): string[] {
  const query = plainWords(typed);
  if (query === "")
    return ZONES.filter((z) => z.startsWith("America/") || z.startsWith("Europe/")).slice(0, MAX_SUGGESTIONS);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const [name, zone] of Object.entries(ZONE_NAMES)) {
    if (name.startsWith(query) && KNOWN.has(zone)) starts.push(zone);
  }
  for (const { zone, plain, city } of PLAIN) {
    if (plain.startsWith(query) || city.startsWith(query)) starts.push(zone);
    else if (plain.includes(query)) contains.push(zone);
  }
  return [...new Set([...starts, ...contains])].slice(0, MAX_SUGGESTIONS);
}
