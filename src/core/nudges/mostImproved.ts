// "Most improved": the largest rise of a week over the member's own average of the four weeks before —
// a line anyone can earn, whatever their free time. Only members with hours in those weeks take part (a
// newcomer's first week is no rise), and never one off the board.
import type { GroupMemberWeek } from "./ports.js";

export const IMPROVEMENT_WEEKS = 4;

/** `before`: each member's minutes in the weeks before, as the store reads them; absent, none. */
export function mostImproved(
  week: readonly GroupMemberWeek[],
  before: ReadonlyMap<number, readonly number[]>,
): { name: string; riseMinutes: number } | null {
  let best: { name: string; riseMinutes: number } | null = null;
  for (const member of week) {
    if (member.optedOut || member.minutes === 0) continue;
    const total = (before.get(member.memberId) ?? []).reduce((sum, minutes) => sum + minutes, 0);
    if (total === 0) continue;
    const rise = Math.round(member.minutes - total / IMPROVEMENT_WEEKS);
    if (rise > 0 && (best === null || rise > best.riseMinutes))
      best = { name: member.displayName, riseMinutes: rise };
  }
  return best;
}
