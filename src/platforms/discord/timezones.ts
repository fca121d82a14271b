// Autocomplete over IANA timezones: Discord shows at most 25 suggestions.
const ZONES = [...Intl.supportedValuesOf("timeZone"), "UTC"];
const MAX_SUGGESTIONS = 25;

/** Zones starting with the typed text first ("lis" → Europe/Lisbon via its city), then any containing it. */
export function zonesMatching(typed: string): string[] {
  const query = typed.trim().toLowerCase().replace(/\s+/g, "_");
  if (query === "")
    return ZONES.filter((z) => z.startsWith("America/") || z.startsWith("Europe/")).slice(0, MAX_SUGGESTIONS);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const zone of ZONES) {
    const lower = zone.toLowerCase();
    const city = lower.slice(lower.lastIndexOf("/") + 1);
    if (lower.startsWith(query) || city.startsWith(query)) starts.push(zone);
    else if (lower.includes(query)) contains.push(zone);
  }
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}
