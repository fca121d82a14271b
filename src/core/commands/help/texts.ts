// /help in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "help", aliases: { en: [], "pt-BR": ["ajuda"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: { description: "What I can do", help: () => "/help — this list" },
  "pt-BR": { description: "O que eu sei fazer", help: () => "/ajuda (/help) — esta lista" },
};

/** What /help answers. */
export type HelpReplies = {
  /** The first line; each command adds its own line after it. */
  intro(p: Record<string, never>): string;
  /** The last line: where hours count, said once for every command that logs them. */
  outro(p: Record<string, never>): string;
};

export const replies: Record<Locale, HelpReplies> = {
  en: {
    intro: () => "Constância keeps your study group consistent. Commands:",
    outro: () =>
      "Your hours count in every group you're in, wherever you log them: in a private chat with me or in any of the groups.",
  },
  "pt-BR": {
    intro: () => "A Constância mantém o seu grupo de estudos constante. Comandos:",
    outro: () =>
      "Suas horas contam em todos os grupos de que você participa, não importa onde você registre: no privado comigo ou em qualquer um dos grupos.",
  },
};
