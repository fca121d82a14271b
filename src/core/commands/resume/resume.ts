// /resume: nudges and recaps again, before a pause ends.
import { pausedDaysWith } from "../../progress/pausedDays.js";
import { ok } from "../../result.js";
import { dmNotice } from "../dmNotice.js";
import { defineCommand } from "../spec.js";
import { names, type ResumeReplies, replies, texts } from "./texts.js";

export const resume = defineCommand<null, ResumeReplies>({
  ...names,
  options: [],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse: () => ok(null),
  async run(ctx) {
    const { deps, member, today, replies: say } = ctx;
    if (member.pausedUntil === null || member.pausedUntil < today) return { text: say.notPaused({}) };
    await deps.store.updateMember(member.id, {
      pausedUntil: null,
      pausedDays: pausedDaysWith(member, today, null),
    });
    return { text: [say.done({}), ...dmNotice(ctx)].join("\n") };
  },
});
