// Which commands Telegram shows, who they are addressed to, and which ones move to the private chat.
import type { Api } from "grammy";
import type { BotCommand, BotCommandScope, LanguageCode } from "grammy/types";
import { type ParsedCommand, parseCommand } from "../../core/commands/parseCommand.js";
import { commandNamed } from "../../core/commands/registry.js";
import { own } from "../../core/lookup.js";
import type { MessageKey } from "../../core/messages/catalog.js";
import { type Messages, messagesFor } from "../../core/messages/index.js";
import type { Locale } from "../../core/roadmap/types.js";

const DESCRIPTIONS = {
  start: "telegram.command.start",
  checkin: "telegram.command.checkin",
  undo: "telegram.command.undo",
  progress: "telegram.command.progress",
  roadmap: "telegram.command.roadmap",
  mock: "telegram.command.mock",
  remind: "telegram.command.remind",
  quiet: "telegram.command.quiet",
  pause: "telegram.command.pause",
  resume: "telegram.command.resume",
  timezone: "telegram.command.timezone",
  language: "telegram.command.language",
  help: "telegram.command.help",
  export: "telegram.command.export",
  forget: "telegram.command.forget",
  join: "telegram.command.join",
  leaderboard: "telegram.command.leaderboard",
  setup: "telegram.command.setup",
} as const satisfies Record<string, MessageKey>;

type MenuCommand = keyof typeof DESCRIPTIONS;

const MENUS: Record<"private" | "group", MenuCommand[]> = {
  private: [
    "start",
    "checkin",
    "undo",
    "progress",
    "roadmap",
    "mock",
    "remind",
    "quiet",
    "pause",
    "resume",
    "timezone",
    "language",
    "export",
    "forget",
    "help",
  ],
  group: ["join", "checkin", "progress", "leaderboard", "setup", "mock", "help"],
};

/** Commands that answer in a group with a link to the private chat, where `/start <name>` runs them. */
const PRIVATE_IN_GROUPS = {
  progress: "telegram.progressInPrivate",
  mock: "telegram.mockInPrivate",
  export: "telegram.personalInPrivate",
  forget: "telegram.personalInPrivate",
} as const satisfies Record<string, MessageKey>;

/** Commands the core refuses unless the platform vouches that the sender administers the group. */
const ADMIN_ONLY: ReadonlySet<string> = new Set(["setup"]);

/** A menu lists only what the core can answer, so a command shows up the day the core learns it. */
export function menu(t: Messages, chat: "private" | "group"): BotCommand[] {
  return MENUS[chat]
    .filter((command) => commandNamed(command) !== null)
    .map((command) => ({ command, description: t[DESCRIPTIONS[command]]({}) }));
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
      await api.setMyCommands(menu(messagesFor(locale), chat), { scope, language_code });
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

/** The registry's name for a command (aliases resolved), or the name as typed if the core lacks it. */
export function canonicalName(name: string): string {
  return commandNamed(name)?.name ?? name;
}

type RedirectKey = (typeof PRIVATE_IN_GROUPS)[keyof typeof PRIVATE_IN_GROUPS];

// Names come from members: `in` or plain indexing would also find "constructor" or "__proto__".
export function privateRedirect(name: string): RedirectKey | null {
  return own<RedirectKey>(PRIVATE_IN_GROUPS, name) ?? null;
}

/** The command a `/start <payload>` deep link stands for, or null for an ordinary /start. */
export function deepLinkCommand(payload: string): string | null {
  return own<RedirectKey>(PRIVATE_IN_GROUPS, payload) === undefined ? null : `/${payload}`;
}

export function needsAdmin(name: string): boolean {
  return ADMIN_ONLY.has(name);
}

export function deepLink(botUsername: string, command: string): string {
  return `https://t.me/${botUsername}?start=${command}`;
}
