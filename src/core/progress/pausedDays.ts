// The paused days a member keeps on record: past ones explain a streak, coming ones follow the pause.
import type { Member } from "../ports.js";
import { addDays, daysBetween, type LocalDate } from "../time/dates.js";

/** The days that keep a streak without a check-in and are not asked for: rest days and paused days. */
export function excusedDays(member: Pick<Member, "restDays" | "pausedDays">): LocalDate[] {
  return [...member.restDays, ...member.pausedDays];
}

/** Older paused days than this explain no streak a member still has. */
const KEEP_DAYS = 730;

/** The days before today as they were, then today through `until` (none when the pause ends now). */
export function pausedDaysWith(
  member: Pick<Member, "pausedDays">,
  today: LocalDate,
  until: LocalDate | null,
): LocalDate[] {
  const past = member.pausedDays.filter((d) => d < today && daysBetween(d, today) <= KEEP_DAYS);
  const coming =
    until === null ? [] : Array.from({ length: daysBetween(today, until) + 1 }, (_, i) => addDays(today, i));
  return [...past, ...coming];
}
