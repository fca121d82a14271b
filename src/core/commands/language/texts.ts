// /language in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "language", aliases: { en: [], "pt-BR": ["idioma"] } };

/** Each language by its own name, the same for every reader: the one they look for. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", "pt-BR": "Português (Brasil)" };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Reply in English or Brazilian Portuguese",
    menu: "Reply in English or Portuguese: /language en|pt",
    help: () => "/language en|pt — English or Brazilian Portuguese",
    options: { language: { name: "language", description: "The language of my replies" } },
  },
  "pt-BR": {
    description: "Responder em português do Brasil ou inglês",
    menu: "Responder em português ou inglês: /idioma pt|en",
    help: () => "/idioma (/language) en|pt — inglês ou português",
    options: { language: { name: "idioma", description: "O idioma das minhas respostas" } },
  },
};

/** What /language answers. */
export type LanguageReplies = {
  set(p: Record<string, never>): string;
  current(p: Record<string, never>): string;
  unknown(p: { input: string }): string;
};

export const replies: Record<Locale, LanguageReplies> = {
  en: {
    set: () => "Language set to English.",
    current: () => "I'm speaking English. Switch with /language pt or /language en.",
    unknown: ({ input }) => `“${input}” is not a language I speak. Use /language en or /language pt.`,
  },
  "pt-BR": {
    set: () => "Idioma definido: português do Brasil.",
    current: () => "Estou falando português. Troque com /idioma en ou /idioma pt.",
    unknown: ({ input }) => `“${input}” não é um idioma que eu fale. Use /idioma pt ou /idioma en.`,
  },
};
