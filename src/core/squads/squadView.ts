// A squad as replies show it: its name, its streak, and who is done on their own day.

import type { Store } from "../ports.js";
import { STREAK_LOOKBACK_DAYS } from "../progress/memberProgress.js";
import { addDays, type LocalDate } from "../time/dates.js";
import { memberDayOf } from "../time/memberDay.js";
import { SQUAD_MIN_MEMBERS, type Squad } from "./ports.js";
import { squadDaysOf, squadStreak } from "./squadStreak.js";

export interface SquadView {
  name: string;
  streak: number;
  /** In the order they joined. */
  members: Array<{ id: number; name: string; doneToday: boolean }>;
}

export function squadView(squad: Squad, now: Date): SquadView {
  const days = squad.members.map((m) => squadDaysOf(m, memberDayOf(now, m)));
  return {
    name: squad.name,
    // A squad of one is still forming: its streak would be one member's own.
    streak: squad.members.length < SQUAD_MIN_MEMBERS ? 0 : squadStreak(days),
    members: squad.members.map((m, i) => ({
      id: m.id,
      name: m.displayName,
      doneToday: m.activeDates.includes(days[i]?.today ?? ""),
    })),
  };
}

/**
 * The member's squads at `now` (the one of `groupId`, when given), in one read. `today`: the member's day;
 * the read reaches a day past it, for a member whose zone is a day ahead.
 */
export async function squadsAt(
  store: Store,
  memberId: number,
  groupId: number | null,
  today: LocalDate,
  now: Date,
): Promise<SquadView[]> {
  const squads = await store.squadsOf(memberId, groupId, addDays(today, 1), STREAK_LOOKBACK_DAYS);
  return squads.map((s) => squadView(s, now));
}

/** The squad waits only on `memberId` today: the others' names and the streak a check-in keeps; else none. */
export function waitingOn(squad: SquadView, memberId: number): Array<{ done: string[]; streak: number }> {
  const reader = squad.members.find((m) => m.id === memberId);
  const others = squad.members.filter((m) => m.id !== memberId);
  if (reader === undefined || reader.doneToday || others.length === 0) return [];
  if (!others.every((m) => m.doneToday)) return [];
  return [{ done: others.map((m) => m.name), streak: squad.streak }];
}
