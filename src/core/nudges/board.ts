// The leaderboard of a group: by minutes, opted-out members counted in the total but never named.
import type { BoardRow } from "../messages/schedule.js";
import type { GroupMemberWeek } from "./ports.js";

export interface Board {
  rows: BoardRow[];
  /** Members with hours who chose to stay off the board. */
  hiddenCount: number;
  totalMinutes: number;
}

export function buildBoard(members: GroupMemberWeek[]): Board {
  const studied = members.filter((m) => m.minutes > 0);
  return {
    rows: studied
      .filter((m) => !m.optedOut)
      .sort((a, b) => b.minutes - a.minutes || a.displayName.localeCompare(b.displayName))
      .map((m) => ({ name: m.displayName, minutes: m.minutes })),
    hiddenCount: studied.filter((m) => m.optedOut).length,
    totalMinutes: studied.reduce((sum, m) => sum + m.minutes, 0),
  };
}
