// /join in both languages.
import type { Locale } from "../../roadmap/types.js";
import { names as checkinNames } from "../checkin/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";
import { names as startNames } from "../start/texts.js";

export const names: CommandNames = { name: "join", aliases: { en: [], "pt-BR": ["entrar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Join this group's study group",
    help: () => "/join — in a group chat: join its study group",
  },
  "pt-BR": {
    description: "Entrar no grupo de estudos deste grupo",
    help: () => "/entrar (/join) — num grupo: entrar no grupo de estudos dele",
  },
};

/** What /join answers. */
export type JoinReplies = {
  joined(p: { name: string; group: string }): string;
  inPrivate(p: Record<string, never>): string;
};

export const replies: Record<Locale, JoinReplies> = {
  en: {
    joined: ({ name, group }) =>
      `🤝 ${name}, you're in the study group of ${group}. Log study time with ${call(checkinNames, "en")} 2h; send ${call(startNames, "en")} to me in a private chat to set your roadmap day 1.`,
    inPrivate: () =>
      `${call(names, "en")} is for groups: send it in your study group's chat. Here, just ${call(checkinNames, "en")} 2h to log time.`,
  },
  "pt-BR": {
    joined: ({ name, group }) =>
      `🤝 ${name}, você está no grupo de estudos de ${group}. Registre o estudo com ${call(checkinNames, "pt-BR")} 2h; mande ${call(startNames, "pt-BR")} para mim numa conversa privada para marcar o dia 1 do seu roadmap.`,
    inPrivate: () =>
      `${call(names, "pt-BR")} é para grupos: mande no chat do seu grupo de estudos. Aqui, é só ${call(checkinNames, "pt-BR")} 2h para registrar.`,
  },
};
