// The bot's profile texts — the description an empty chat shows and the short one on its page — in the
// default language and for Telegram clients set to English or Portuguese.
import type { Api } from "grammy";
import type { LanguageCode } from "grammy/types";
import { messagesFor } from "../../core/messages/index.js";
import type { Locale } from "../../core/roadmap/types.js";

export async function publishProfile(api: Api, defaultLocale: Locale): Promise<void> {
  const languages: Array<[Locale, LanguageCode | undefined]> = [
    [defaultLocale, undefined],
    ["en", "en"],
    ["pt-BR", "pt"],
  ];
  for (const [locale, language_code] of languages) {
    const t = messagesFor(locale);
    await api.setMyDescription(t["telegram.description"]({}), { language_code });
    await api.setMyShortDescription(t["telegram.shortDescription"]({}), { language_code });
  }
}
