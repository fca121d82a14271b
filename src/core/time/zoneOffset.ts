// Offsets from UTC as people write them ("GMT-3", "UTC+5:30", "-03:00"), and how a fixed one is shown.

const OFFSET = /^(?:(?:utc|gmt)\s*)?([+-])\s*(\d{1,2})(?::?(\d{2}))?$/;
const ETC_ZONE = /^Etc\/GMT([+-])(\d{1,2})$/;

/** Minutes east of UTC, or null when the text is not an offset a clock somewhere keeps. */
export function parseOffset(text: string): number | null {
  const match = OFFSET.exec(text.trim().toLowerCase().replace(/[−–—]/g, "-"));
  if (match === null) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? "0");
  if (![0, 15, 30, 45].includes(minutes)) return null;
  const total = (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
  return total >= -12 * 60 && total <= 14 * 60 ? total : null;
}

/** The IANA zone of a whole-hour offset (POSIX signs are inverted: UTC-3 is "Etc/GMT+3"), or null. */
export function fixedOffsetZone(minutes: number): string | null {
  if (minutes === 0) return "UTC";
  if (minutes % 60 !== 0) return null;
  const hours = minutes / 60;
  return `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}

/** How a zone reads in a reply: "Etc/GMT+3" as "UTC-3", any other as its IANA name. */
export function zoneLabel(zone: string): string {
  const match = ETC_ZONE.exec(zone);
  if (match === null) return zone;
  return match[2] === "0" ? "UTC" : `UTC${match[1] === "+" ? "-" : "+"}${match[2]}`;
}

/** Whether the zone is a fixed offset, which daylight saving time does not move. */
export function isFixedOffset(zone: string): boolean {
  return ETC_ZONE.test(zone);
}
