// The leaderboard of a group: by minutes, opted-out members counted in the total but never named.
import type { BoardRow } from "../messages/schedule.js";
import type { GroupMemberWeek } from "./ports.js";

export interface Board {
  rows: BoardRow[];
  /** Members with hours who chose to stay off the board. */
  hiddenCount: number;
  totalMinutes: number;
}

/** `targetOf`: on a week's board, each member's own target that week, for the share of it they reached. */
export function buildBoard(
  members: GroupMemberWeek[],
  targetOf?: (member: GroupMemberWeek) => number,
): Board {
  const studied = members.filter((m) => m.minutes > 0);
  const share = (m: GroupMemberWeek) => {
    const target = targetOf?.(m);
    return target === undefined || target <= 0 ? {} : { percent: Math.floor((m.minutes / target) * 100) };
  };
  return {
    rows: studied
      .filter((m) => !m.optedOut)
      .sort((a, b) => b.minutes - a.minutes || a.displayName.localeCompare(b.displayName))
      .map((m) => ({ name: m.displayName, minutes: m.minutes, ...share(m) })),
    hiddenCount: studied.filter((m) => m.optedOut).length,
    totalMinutes: studied.reduce((sum, m) => sum + m.minutes, 0),
  };
}
