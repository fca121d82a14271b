// Dates as English speakers read them in a message: "Mon 7 Dec", with the year only when it is not this one.
import { type LocalDate, weekdayIndex } from "../../time/dates.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "2026-12-07" → "Mon 7 Dec" (in 2026), "Mon 7 Dec 2026" (seen from another year). */
export function day(date: LocalDate, today: LocalDate): string {
  const [y = "", m = "", d = ""] = date.split("-");
  const text = `${WEEKDAYS[weekdayIndex(date)]} ${Number(d)} ${MONTHS[Number(m) - 1]}`;
  return y === today.slice(0, 4) ? text : `${text} ${y}`;
}
