// /help in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "help", aliases: { en: [], "pt-BR": ["ajuda"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: { description: "What I can do", help: () => "/help — this list" },
  "pt-BR": { description: "O que eu sei fazer", help: () => "/ajuda (/help) — esta lista" },
};
