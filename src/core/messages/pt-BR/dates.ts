// Dates as Brazilians write them.
import type { LocalDate } from "../../time/dates.js";

/** "2026-11-28" → "28/11/2026". */
export function br(date: LocalDate): string {
  const [y, m, d] = date.split("-");
  return `${d}/${m}/${y}`;
}
