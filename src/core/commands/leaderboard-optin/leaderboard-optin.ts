// /leaderboard-optin: whether the member's name shows on the group's board (their hours count either way).
import { ok } from "../../result.js";
import { say } from "../reply.js";
import { defineCommand } from "../spec.js";
import { texts } from "./texts.js";

export const leaderboardIn = defineCommand<null>({
  name: "leaderboard-optin",
  aliases: { en: [], "pt-BR": ["placar-entrar"] },
  options: [],
  where: "any",
  visibility: "personal",
  menus: [],
  changesData: true,
  texts,
  parse: () => ok(null),
  async run({ deps, member, t }) {
    await deps.store.updateMember(member.id, { leaderboardOptOut: false });
    return say(t, "optin.done", {});
  },
});
