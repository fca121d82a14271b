// /leaderboard-optout: whether the member's name shows on the group's board (their hours count either way).
import { ok } from "../../result.js";
import { say } from "../reply.js";
import { defineCommand } from "../spec.js";
import { texts } from "./texts.js";

export const leaderboardOut = defineCommand<null>({
  name: "leaderboard-optout",
  aliases: { en: [], "pt-BR": ["placar-sair"] },
  options: [],
  where: "any",
  visibility: "personal",
  menus: [],
  changesData: true,
  texts,
  parse: () => ok(null),
  async run({ deps, member, t }) {
    await deps.store.updateMember(member.id, { leaderboardOptOut: true });
    return say(t, "optout.done", {});
  },
});
