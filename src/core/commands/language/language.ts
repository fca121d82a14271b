// /language en|pt: overrides the language the platform suggests.
import { localeFrom } from "../../messages/index.js";
import { err, ok } from "../../result.js";
import { LOCALES, type Locale } from "../../roadmap/types.js";
import { argText, defineCommand } from "../spec.js";
import { LANGUAGE_NAMES, type LanguageReplies, names, replies, texts } from "./texts.js";

export const language = defineCommand<{ locale: Locale | null }, LanguageReplies>({
  ...names,
  options: [
    {
      name: "language",
      kind: "text",
      choices: () =>
        LOCALES.map((locale) => ({
          value: locale,
          label: { en: LANGUAGE_NAMES[locale], "pt-BR": LANGUAGE_NAMES[locale] },
        })),
    },
  ],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "language");
    if (input === "") return ok({ locale: null });
    const locale = localeFrom(input);
    return locale === null ? err({ own: "unknown", params: { input: input.slice(0, 40) } }) : ok({ locale });
  },
  async run({ deps, member, replies: say }, { locale }) {
    if (locale === null) return { text: say.current({}) };
    await deps.store.updateMember(member.id, { locale });
    // Said in the language just chosen.
    return { text: replies[locale].set({}) };
  },
});
