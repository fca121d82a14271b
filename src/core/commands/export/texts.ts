// /export in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Everything stored about you, as a file",
    help: () => "/export — everything stored about you, as a file",
  },
  "pt-BR": {
    description: "Tudo o que está guardado sobre você, em um arquivo",
    menu: "Tudo o que está guardado sobre você, num arquivo",
    help: () => "/exportar (/export) — tudo o que está guardado sobre você, em um arquivo",
  },
};
