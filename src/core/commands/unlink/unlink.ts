// /unlink: the account it is said on becomes a member of its own from now on, after an explicit yes.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { ok } from "../../result.js";
import { call } from "../names.js";
import { argText, defineCommand } from "../spec.js";
import { names, replies, texts, type UnlinkReplies } from "./texts.js";

/** The word that confirms /unlink, in both languages. */
const CONFIRM = { en: "yes", "pt-BR": "sim" } as const;

export const unlink = defineCommand<{ confirmed: boolean }, UnlinkReplies>({
  ...names,
  options: [{ name: "confirm", kind: "text", maxLength: 10 }],
  where: "any",
  visibility: "private",
  menus: [],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const word = argText(args, "confirm").toLowerCase();
    return ok({ confirmed: word === CONFIRM.en || word === CONFIRM["pt-BR"] });
  },
  async run({ deps, member, message, now, t, capabilities, replies: say }, { confirmed }) {
    const here = message.platform;
    if (!confirmed) {
      const others = (await deps.store.platformsOf(member.id)).filter((p) => p !== here);
      if (others.length === 0) return { text: say.notLinked({}) };
      const word = CONFIRM[t.locale];
      const button = capabilities.buttons === true;
      const text = say.confirm({ here, others, word, button });
      if (!button) return { text };
      return { text, confirm: { command: call(names, t.locale, word), label: say.confirmButton({}) } };
    }
    const outcome = await deps.store.unlinkAccount({ platform: here, platformUserId: message.user.id });
    if (outcome.kind === "notLinked") return { text: say.notLinked({}) };
    const pointers = pointersAfterChange(outcome.member, now);
    await deps.store.updateMember(outcome.member.id, { pointers });
    return { text: say.done({ here, others: outcome.remaining }) };
  },
});
