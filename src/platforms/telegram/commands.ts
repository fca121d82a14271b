// Telegram's command menus, derived from the core's commands, and its deep links into the private chat.
import type { Api } from "grammy";
import type { BotCommand, BotCommandScope, LanguageCode } from "grammy/types";
import { COMMANDS } from "../../core/commands/index.js";
import { call } from "../../core/commands/names.js";
import type { Command } from "../../core/commands/spec.js";
import type { Locale } from "../../core/roadmap/types.js";
import { telegramName } from "./commandNames.js";

/** Telegram's limits on a menu entry. */
export const MENU_LIMITS = { entries: 100, name: /^[a-z0-9_]{1,32}$/, description: 256 } as const;

/** Who a menu is for: private chats, a group's members, or a group's administrators. */
export type MenuAudience = "private" | "group" | "admins";

/** Admin commands are in the administrators' menu only: a member could not run them anyway. */
function listed(command: Command, audience: MenuAudience): boolean {
  if (audience === "private") return command.menus.includes("private");
  return command.menus.includes("group") && (audience === "admins" || command.adminOnly === undefined);
}

/** The commands a menu lists, each with its one line in the member's language. */
export function menu(locale: Locale, audience: MenuAudience): BotCommand[] {
  return COMMANDS.filter((command) => listed(command, audience)).map((command) => {
    const texts = command.texts[locale];
    // The name a member of this language is shown everywhere else, where Telegram accepts it.
    const name = telegramName(call(command, locale).slice(1));
    return {
      command: MENU_LIMITS.name.test(name) ? name : telegramName(command.name),
      description: texts.menu ?? texts.description,
    };
  });
}

/** Both menus, in the default language and for Telegram clients set to English or Portuguese. */
export async function publishMenus(api: Api, defaultLocale: Locale): Promise<void> {
  const languages: Array<[Locale, LanguageCode | undefined]> = [
    [defaultLocale, undefined],
    ["en", "en"],
    ["pt-BR", "pt"],
  ];
  // Telegram shows a group's administrators their scope's menu instead of the group's.
  const scopes: Array<[MenuAudience, BotCommandScope]> = [
    ["private", { type: "all_private_chats" }],
    ["group", { type: "all_group_chats" }],
    ["admins", { type: "all_chat_administrators" }],
  ];
  for (const [locale, language_code] of languages) {
    for (const [chat, scope] of scopes) {
      await api.setMyCommands(menu(locale, chat), { scope, language_code });
    }
  }
}

/** A deep link that opens the private chat and runs `command` there (Telegram sends it as /start <command>). */
export function deepLink(botUsername: string, command: string): string {
  return `https://t.me/${botUsername}?start=${command}`;
}

/** Telegram's protocol, not a command of ours: a deep link's payload arrives as "/start <payload>". */
const DEEP_LINK = /^\/start ([A-Za-z0-9_-]{1,64})$/;

/** The payload of a deep link the member opened, or null for any other text. */
export function deepLinkPayload(text: string): string | null {
  return DEEP_LINK.exec(text.trim())?.[1] ?? null;
}
