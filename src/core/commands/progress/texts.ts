// /progress in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "progress", aliases: { en: [], "pt-BR": ["progresso"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "This week against the target, your streak and roadmap week",
    menu: "This week against the target, streak, roadmap week",
    help: ({ targetHours }) =>
      `/progress — this week against the ${targetHours}h target, streak, roadmap week`,
  },
  "pt-BR": {
    description: "A semana contra a meta, sua sequência e a semana do roadmap",
    menu: "A semana contra a meta, sequência, semana do roadmap",
    help: ({ targetHours }) =>
      `/progresso (/progress) — a semana contra a meta de ${targetHours}h, sequência, semana do roadmap`,
  },
};
