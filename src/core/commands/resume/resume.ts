// /resume: nudges and recaps again, before a pause ends.
import { ok } from "../../result.js";
import { say } from "../reply.js";
import { defineCommand } from "../spec.js";
import { texts } from "./texts.js";

export const resume = defineCommand<null>({
  name: "resume",
  aliases: { en: [], "pt-BR": ["retomar"] },
  options: [],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  parse: () => ok(null),
  async run({ deps, member, t, today }) {
    if (member.pausedUntil === null || member.pausedUntil < today) return say(t, "resume.notPaused", {});
    await deps.store.updateMember(member.id, { pausedUntil: null });
    return say(t, "resume.done", {});
  },
});
