// /leaderboard-optin [all]: the member's name back on a group's board, or on every group's.
import { err, ok } from "../../result.js";
import { boardScope } from "../leaderboard-optout/leaderboard-optout.js";
import { type BoardChoice, parseBoardChoice, SCOPE_OPTION } from "../leaderboard-optout/scope.js";
import { defineCommand } from "../spec.js";
import { type LeaderboardOptinReplies, names, replies, texts } from "./texts.js";

export const leaderboardIn = defineCommand<BoardChoice | null, LeaderboardOptinReplies>({
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
    await deps.store.setOnBoard(member.id, scope, true);
    return { text: scope === "all" ? say.doneAll({}) : say.doneHere({}) };
  },
});
