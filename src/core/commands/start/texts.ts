// /start in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "start", aliases: { en: [], "pt-BR": ["começar", "comecar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Join, and set day 1 of your roadmap",
    menu: "Join; your roadmap starts today (or /start YYYY-MM-DD)",
    help: () => "/start [YYYY-MM-DD] — join; the date is your roadmap day 1 (default today)",
    options: {
      date: {
        name: "date",
        description: "Day 1, YYYY-MM-DD (default: today; may be a future day for a cohort)",
      },
    },
  },
  "pt-BR": {
    description: "Entre e defina o dia 1 do seu roadmap",
    menu: "Entrar; o seu roadmap começa hoje (ou /start AAAA-MM-DD)",
    help: () => "/start [AAAA-MM-DD] — entrar; a data é o dia 1 do seu roadmap (padrão: hoje)",
    options: {
      date: {
        name: "data",
        description: "Dia 1, AAAA-MM-DD (padrão: hoje; pode ser um dia futuro, para uma turma)",
      },
    },
  },
};
