// /forget: deletes everything stored about the member, after an explicit yes.
import { ok } from "../../result.js";
import { call } from "../names.js";
import { argText, defineCommand } from "../spec.js";
import { type ForgetReplies, names, replies, texts } from "./texts.js";

/** The word that confirms /forget, in both languages, so a stray /forget deletes nothing. */
const CONFIRM = { en: "yes", "pt-BR": "sim" } as const;

export const forget = defineCommand<{ confirmed: boolean }, ForgetReplies>({
  ...names,
  options: [{ name: "confirm", kind: "text", maxLength: 10 }],
  where: "any",
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const word = argText(args, "confirm").toLowerCase();
    return ok({ confirmed: word === CONFIRM.en || word === CONFIRM["pt-BR"] });
  },
  async run({ deps, member, t, capabilities, replies: say }, { confirmed }) {
    if (!confirmed) {
      const word = CONFIRM[t.locale];
      const button = capabilities.buttons === true;
      const text = say.confirm({ word, button });
      if (!button) return { text };
      return { text, confirm: { command: call(names, t.locale, word), label: say.confirmButton({}) } };
    }
    await deps.store.forgetMember(member.id);
    return { text: say.done({}) };
  },
});
