// /leaderboard in both languages.
import type { LeaderboardPeriod } from "../../messages/schedule.js";
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "leaderboard", aliases: { en: [], "pt-BR": ["placar"] } };

/** The periods' names in the pickers. */
export const PERIOD_LABELS: Record<LeaderboardPeriod, Record<Locale, string>> = {
  this: { en: "This week", "pt-BR": "Esta semana" },
  last: { en: "Last week", "pt-BR": "Semana passada" },
  all: { en: "All time", "pt-BR": "Desde o início" },
};

/** The orders' names in the pickers: by share of each one's own goal (the default), or by raw hours. */
export const ORDER_LABELS: Record<"share" | "hours", Record<Locale, string>> = {
  share: { en: "Share of each one's goal", "pt-BR": "Parte da meta de cada um" },
  hours: { en: "Hours", "pt-BR": "Horas" },
};

/** The word that asks for the raw ranking by hours, typed after the command. */
export const HOURS_WORDS: ReadonlySet<string> = new Set(["hours", "horas", "h"]);

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "The group's hours ranking",
    menu: "This week's hours in the group",
    help: () =>
      "/leaderboard [this|last|all] [hours] — in the group: hours this week, last week or since the start, ranked by the share of each one's own goal (hours: by hours alone)",
    options: {
      period: { name: "period", description: "Which weeks to rank (default: this week)" },
      order: { name: "order", description: "Rank by the share of each one's goal (default) or by hours" },
    },
  },
  "pt-BR": {
    description: "O placar de horas do grupo",
    menu: "As horas da semana no grupo",
    help: () =>
      "/placar (/leaderboard) [esta|passada|tudo] [horas] — no grupo: horas desta semana, da anterior ou desde o início, na ordem da parte da meta de cada um (horas: só pelas horas)",
    options: {
      period: { name: "periodo", description: "Quais semanas entram no placar (padrão: esta semana)" },
      order: { name: "ordem", description: "Pela parte da meta de cada um (padrão) ou pelas horas" },
    },
  },
};

/** What /leaderboard answers. */
export type LeaderboardReplies = {
  invalidPeriod(p: { input: string }): string;
  notGroup(p: Record<string, never>): string;
};

export const replies: Record<Locale, LeaderboardReplies> = {
  en: {
    invalidPeriod: ({ input }) =>
      `“${input}” is not a period. Use ${call(names, "en")} this, ${call(names, "en")} last or ${call(names, "en")} all.`,
    notGroup: () =>
      `The leaderboard lives in your study group: send ${call(names, "en")} there, e.g. ${call(names, "en")} last.`,
  },
  "pt-BR": {
    invalidPeriod: ({ input }) =>
      `“${input}” não é um período. Use ${call(names, "pt-BR")} esta, ${call(names, "pt-BR")} passada (a semana anterior) ou ${call(names, "pt-BR")} tudo.`,
    notGroup: () =>
      `O placar fica no seu grupo de estudos: mande ${call(names, "pt-BR")} lá, ex.: ${call(names, "pt-BR")} passada.`,
  },
};
