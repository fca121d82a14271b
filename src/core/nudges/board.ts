// The leaderboard of a group: by minutes, opted-out members counted in the total but never named.
import type { BoardRow } from "../messages/schedule.js";
import type { GroupMemberWeek } from "./ports.js";

export interface Board {
  rows: BoardRow[];
  /** Members with hours who chose to stay off the board. */
  hiddenCount: number;
  totalMinutes: number;
}

/** How a board ranks: by the share of each member's own goal (ties by hours), or by hours alone. */
export type BoardRank = "share" | "hours";

/**
 * `targetOf`: on a week's board, each member's own target that week, for the share of it they reached. By
 * share, whoever met their own goal leads, not whoever had the most free time; a board without targets (all
 * time) ranks by hours.
 */
export function buildBoard(
  members: GroupMemberWeek[],
  targetOf?: (member: GroupMemberWeek) => number,
  rank: BoardRank = "share",
): Board {
  const studied = members.filter((m) => m.minutes > 0);
  const share = (m: GroupMemberWeek) => {
    const target = targetOf?.(m);
    return target === undefined || target <= 0 ? {} : { percent: Math.floor((m.minutes / target) * 100) };
  };
  const byShare = rank === "share" && targetOf !== undefined;
  return {
    rows: studied
      .filter((m) => !m.optedOut)
      .map((m) => ({ name: m.displayName, minutes: m.minutes, ...share(m) }))
      .sort(
        (a, b) =>
          (byShare ? (b.percent ?? 0) - (a.percent ?? 0) : 0) ||
          b.minutes - a.minutes ||
          a.name.localeCompare(b.name),
      ),
    hiddenCount: studied.filter((m) => m.optedOut).length,
    totalMinutes: studied.reduce((sum, m) => sum + m.minutes, 0),
  };
}

/** How many lines a board takes in its text: a row each (or the line saying it is empty), and the hidden count. */
export function boardSize(board: Pick<Board, "rows" | "hiddenCount">): number {
  return Math.max(board.rows.length, 1) + (board.hiddenCount > 0 ? 1 : 0);
}
