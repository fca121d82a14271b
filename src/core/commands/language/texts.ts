// /language in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

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
