// /leaderboard-optout [all]: whether the member's name shows on a group's board (their hours count either
// way): the group where it is said, or every group.
import type { BoardScope } from "../../ports.js";
import { err, ok } from "../../result.js";
import { defineCommand } from "../spec.js";
import { type BoardChoice, parseBoardChoice, SCOPE_OPTION } from "./scope.js";
import { type LeaderboardOptoutReplies, names, replies, texts } from "./texts.js";

/** The boards meant: said in a group, that group unless `all`; in a private chat, every group. */
export function boardScope(choice: BoardChoice | null, group: { id: number } | null): BoardScope {
  return choice === "all" || group === null ? "all" : { groupId: group.id };
}

export const leaderboardOut = defineCommand<BoardChoice | null, LeaderboardOptoutReplies>({
  ...names,
  options: [SCOPE_OPTION],
  where: "any",
  visibility: "personal",
  menus: [],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const parsed = parseBoardChoice(args);
    return parsed.ok ? ok(parsed.value) : err({ own: "unknownScope", params: parsed.error });
  },
  async run({ deps, member, group, replies: say }, choice) {
    const scope = boardScope(choice, group);
    await deps.store.setOnBoard(member.id, scope, false);
    return { text: scope === "all" ? say.doneAll({}) : say.doneHere({}) };
  },
});
