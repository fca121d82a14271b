// /roadmap in both languages.
import type { Locale, RoadmapWeek } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";
import { names as startNames } from "../start/texts.js";

export const names: CommandNames = { name: "roadmap", aliases: { en: [], "pt-BR": ["trilha"] } };

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

/** What /roadmap answers. */
export type RoadmapReplies = {
  week(p: { week: RoadmapWeek; totalWeeks: number; current: boolean; targetHours: number }): string;
  invalidWeek(p: { input: string; totalWeeks: number }): string;
  unsetHint(p: Record<string, never>): string;
  finished(p: { totalWeeks: number }): string;
};

export const replies: Record<Locale, RoadmapReplies> = {
  en: {
    week: ({ week, totalWeeks, current, targetHours }) =>
      [
        `🗺️ Week ${week.number} of ${totalWeeks}${current ? " (your current week)" : ""}: ${week.focus.en}`,
        ...week.tasks.map((task) => `• ${task.en}`),
        `Target: ${targetHours}h this week.`,
      ].join("\n"),
    invalidWeek: ({ input, totalWeeks }) =>
      `“${input}” is not a week of the roadmap. Pick a number from 1 to ${totalWeeks}, e.g. /roadmap 3`,
    unsetHint: () =>
      `You haven't set your day 1 yet: ${call(startNames, "en")} begins today, ${call(startNames, "en")} 2026-12-07 on a date.`,
    finished: ({ totalWeeks }) =>
      `You are past week ${totalWeeks}: the roadmap is done. Review any week with /roadmap 1 … /roadmap ${totalWeeks}, and keep the streak going.`,
  },
  "pt-BR": {
    week: ({ week, totalWeeks, current, targetHours }) =>
      [
        `🗺️ Semana ${week.number} de ${totalWeeks}${current ? " (a sua semana atual)" : ""}: ${week.focus["pt-BR"]}`,
        ...week.tasks.map((task) => `• ${task["pt-BR"]}`),
        `Meta: ${targetHours}h nesta semana.`,
      ].join("\n"),
    invalidWeek: ({ input, totalWeeks }) =>
      `“${input}” não é uma semana do roadmap. Escolha um número de 1 a ${totalWeeks}, ex.: /trilha 3`,
    unsetHint: () =>
      `Você ainda não marcou o seu dia 1: ${call(startNames, "pt-BR")} começa hoje, ${call(startNames, "pt-BR")} 2026-12-07 numa data.`,
    finished: ({ totalWeeks }) =>
      `Você já passou da semana ${totalWeeks}: o roadmap terminou. Revise qualquer semana com /trilha 1 … /trilha ${totalWeeks} e mantenha a sequência.`,
  },
};
