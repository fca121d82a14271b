// Telegram's command menus, derived from the core's commands, and which commands in a text are ours.
import type { Api } from "grammy";
import type { BotCommand, BotCommandScope, LanguageCode } from "grammy/types";
import { COMMANDS, commandNamed } from "../../core/commands/index.js";
import { type ParsedCommand, parseCommand } from "../../core/commands/parseCommand.js";
import type { Locale } from "../../core/roadmap/types.js";

/** Telegram's limits on a menu entry. */
export const MENU_LIMITS = { entries: 100, name: /^[a-z0-9_]{1,32}$/, description: 256 } as const;

/** The commands a menu lists, each with its one line in the member's language. */
export function menu(locale: Locale, chat: "private" | "group"): BotCommand[] {
  return COMMANDS.filter((command) => command.menus.includes(chat)).map((command) => {
    const texts = command.texts[locale];
    return { command: command.name, description: texts.menu ?? texts.description };
  });
}

/** Both menus, in the default language and for Telegram clients set to English or Portuguese. */
export async function publishMenus(api: Api, defaultLocale: Locale): Promise<void> {
  const languages: Array<[Locale, LanguageCode | undefined]> = [
    [defaultLocale, undefined],
    ["en", "en"],
    ["pt-BR", "pt"],
  ];
  const scopes: Array<["private" | "group", BotCommandScope]> = [
    ["private", { type: "all_private_chats" }],
    ["group", { type: "all_group_chats" }],
  ];
  for (const [locale, language_code] of languages) {
    for (const [chat, scope] of scopes) {
      await api.setMyCommands(menu(locale, chat), { scope, language_code });
    }
  }
}

/**
 * The command in a text, or null when it is no command or may be another bot's: addressed to another
 * bot, or — in a group, where Telegram sends bare commands to every bot — one we do not know and that
 * does not name us.
 */
export function commandFor(text: string, botUsername: string, inGroup: boolean): ParsedCommand | null {
  const command = parseCommand(text);
  if (command === null) return null;
  if (command.addressee === null) return inGroup && commandNamed(command.name) === null ? null : command;
  return command.addressee.toLowerCase() === botUsername.toLowerCase() ? command : null;
}

/** A deep link that opens the private chat and runs `command` there (Telegram sends it as /start <command>). */
export function deepLink(botUsername: string, command: string): string {
  return `https://t.me/${botUsername}?start=${command}`;
}

/**
 * The text a deep link's /start stands for: `/progress` for "/start progress", when the payload names a
 * command; null for an ordinary /start (a date, or nothing).
 */
export function deepLinkText(command: ParsedCommand): string | null {
  // Telegram's protocol, not a command of ours: links always arrive as /start.
  if (command.name !== "start" || command.addressee !== null) return null;
  const target = commandNamed(command.args);
  return target === null || target.visibility !== "private" ? null : `/${target.name}`;
}
