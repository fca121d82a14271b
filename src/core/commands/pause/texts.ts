// /pause in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Pause reminders",
    menu: "Pause reminders, e.g. /pause 7 or /pause 2026-12-20",
    help: () => "/pause <days|YYYY-MM-DD> — pause nudges and recaps, e.g. /pause 7",
    options: {
      until: { name: "until", description: "Number of days or a date YYYY-MM-DD (empty: until /resume)" },
    },
  },
  "pt-BR": {
    description: "Pausa os lembretes",
    menu: "Pausar os lembretes, ex.: /pausar 7 ou /pausar 2026-12-20",
    help: () => "/pausar (/pause) <dias|AAAA-MM-DD> — pausa lembretes e resumos, ex.: /pausar 7",
    options: {
      until: { name: "ate", description: "Número de dias ou uma data AAAA-MM-DD (vazio: até /retomar)" },
    },
  },
};
