// The squad goal: a week in which every member of a squad reached their own weekly goal earns the squad a
// mention in the group's summary. A squad that missed is not named: nothing is said against anyone.
import type { GroupMemberWeek } from "../nudges/ports.js";
import { SQUAD_MIN_MEMBERS } from "./ports.js";

/** The names of the squads whose members all reached their own target for the week. */
export function squadsAtGoal(
  squads: ReadonlyArray<{ name: string; memberIds: readonly number[] }>,
  week: readonly GroupMemberWeek[],
  targetOf: (member: GroupMemberWeek) => number,
): string[] {
  const byId = new Map(week.map((m) => [m.memberId, m]));
  const reached = (id: number) => {
    const m = byId.get(id);
    return m !== undefined && m.minutes > 0 && m.minutes >= targetOf(m);
  };
  return squads
    .filter((s) => s.memberIds.length >= SQUAD_MIN_MEMBERS && s.memberIds.every(reached))
    .map((s) => s.name);
}
