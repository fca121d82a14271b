// /roadmap in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "A roadmap week's focus and tasks",
    menu: "A week's focus and tasks",
    help: () => "/roadmap [week] — a week's focus and tasks",
    options: { week: { name: "week", description: "The week number (default: your current week)" } },
  },
  "pt-BR": {
    description: "O foco e as tarefas de uma semana do roadmap",
    menu: "Foco e tarefas de uma semana",
    help: () => "/trilha (/roadmap) [semana] — foco e tarefas de uma semana",
    options: { week: { name: "semana", description: "O número da semana (padrão: a sua semana atual)" } },
  },
};
