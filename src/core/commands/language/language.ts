// /language en|pt: overrides the language the platform suggests.
import { localeFrom, messagesFor } from "../../messages/index.js";
import { err, ok } from "../../result.js";
import { LOCALES, type Locale } from "../../roadmap/types.js";
import { say } from "../reply.js";
import { argText, defineCommand } from "../spec.js";
import { texts } from "./texts.js";

const NAMES: Record<Locale, string> = { en: "English", "pt-BR": "Português (Brasil)" };

export const language = defineCommand<{ locale: Locale | null }>({
  name: "language",
  aliases: { en: [], "pt-BR": ["idioma"] },
  options: [
    {
      name: "language",
      kind: "text",
      choices: () =>
        LOCALES.map((locale) => ({ value: locale, label: { en: NAMES[locale], "pt-BR": NAMES[locale] } })),
    },
  ],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  parse(args) {
    const input = argText(args, "language");
    if (input === "") return ok({ locale: null });
    const locale = localeFrom(input);
    return locale === null
      ? err({ id: "language.unknown", params: { input: input.slice(0, 40) } })
      : ok({ locale });
  },
  async run({ deps, member, t }, { locale }) {
    if (locale === null) return say(t, "language.current", {});
    await deps.store.updateMember(member.id, { locale });
    return say(messagesFor(locale), "language.set", {});
  },
});
