// Intl formatters are costly to build and cheap to use: one per zone and shape, kept for the process.

const SHAPES = {
  // en-CA writes dates as YYYY-MM-DD.
  date: { locale: "en-CA", options: { year: "numeric", month: "2-digit", day: "2-digit" } },
  time: { locale: "en-GB", options: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } },
} as const satisfies Record<string, { locale: string; options: Intl.DateTimeFormatOptions }>;

const cache = new Map<string, Intl.DateTimeFormat>();

/** `instant` as the wall calendar ("2026-12-03") or clock ("09:00") shows it in `zone`. */
export function zonedFormat(shape: keyof typeof SHAPES, instant: Date, zone: string): string {
  const key = `${shape} ${zone}`;
  let format = cache.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(SHAPES[shape].locale, { ...SHAPES[shape].options, timeZone: zone });
    cache.set(key, format);
  }
  return format.format(instant);
}
