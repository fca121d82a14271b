// /leaderboard-optin: whether the member's name shows on the group's board (their hours count either way).
import { ok } from "../../result.js";
import { defineCommand } from "../spec.js";
import { type LeaderboardOptinReplies, names, replies, texts } from "./texts.js";

export const leaderboardIn = defineCommand<null, LeaderboardOptinReplies>({
  ...names,
  options: [],
  where: "any",
  visibility: "personal",
  menus: [],
  changesData: true,
  texts,
  replies,
  parse: () => ok(null),
  async run({ deps, member, replies: say }) {
    await deps.store.updateMember(member.id, { leaderboardOptOut: false });
    return { text: say.done({}) };
  },
});
