// /resume in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Resume reminders",
    help: () => "/resume — nudges and recaps again, before a pause ends",
  },
  "pt-BR": {
    description: "Retoma os lembretes",
    help: () => "/retomar (/resume) — lembretes e resumos de volta, antes do fim da pausa",
  },
};
