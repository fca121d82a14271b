// /roadmap in both languages.

import { typed } from "../../messages/pt-BR/dates.js";
import type { Locale, RoadmapWeek } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import { exampleStart } from "../../time/examples.js";
import { names as doneNames } from "../done/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";
import { names as startNames } from "../start/texts.js";

export const names: CommandNames = { name: "roadmap", aliases: { en: [], "pt-BR": ["trilha"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "A roadmap week's focus and tasks",
    menu: "A week's focus and tasks",
    help: () => "/roadmap [week] — a week's focus and tasks, e.g. /roadmap week 3",
    options: { week: { name: "week", description: "The week number (default: your current week)" } },
  },
  "pt-BR": {
    description: "O foco e as tarefas de uma semana do roadmap",
    menu: "Foco e tarefas de uma semana",
    help: () => "/trilha (/roadmap) [semana] — foco e tarefas de uma semana, ex.: /trilha semana 3",
    options: { week: { name: "semana", description: "O número da semana (padrão: a sua semana atual)" } },
  },
};

/** What /roadmap answers. */
export type RoadmapReplies = {
  /** `done`: which of the week's tasks the member ticked, in order. */
  week(p: {
    week: RoadmapWeek;
    totalWeeks: number;
    current: boolean;
    targetHours: number;
    done: boolean[];
  }): string;
  invalidWeek(p: { input: string; totalWeeks: number }): string;
  unsetHint(p: { today: LocalDate }): string;
  finished(p: { totalWeeks: number }): string;
};

export const replies: Record<Locale, RoadmapReplies> = {
  en: {
    week: ({ week, totalWeeks, current, targetHours, done }) =>
      [
        `🗺️ Week ${week.number} of ${totalWeeks}${current ? " (your current week)" : ""}: ${week.focus.en}`,
        ...week.tasks.map((task, i) => `${i + 1}. ${done[i] === true ? "✅ " : ""}${task.en}`),
        `Target: ${targetHours}h this week. Tick a task with ${call(doneNames, "en", current ? "1" : `w${week.number}.1`)}.`,
      ].join("\n"),
    invalidWeek: ({ input, totalWeeks }) =>
      `“${input}” is not a week of the roadmap. Pick a number from 1 to ${totalWeeks}, e.g. ${call(names, "en", "3")} or ${call(names, "en", "week 3")}`,
    unsetHint: ({ today }) =>
      `You haven't set your day 1 yet: ${call(startNames, "en")} begins today, ${call(startNames, "en", exampleStart(today))} on a date.`,
    finished: ({ totalWeeks }) =>
      `You are past week ${totalWeeks}: the roadmap is done. Review any week with ${call(names, "en", "1")} … ${call(names, "en", String(totalWeeks))}, and keep the streak going.`,
  },
  "pt-BR": {
    week: ({ week, totalWeeks, current, targetHours, done }) =>
      [
        `🗺️ Semana ${week.number} de ${totalWeeks}${current ? " (a sua semana atual)" : ""}: ${week.focus["pt-BR"]}`,
        ...week.tasks.map((task, i) => `${i + 1}. ${done[i] === true ? "✅ " : ""}${task["pt-BR"]}`),
        `Meta: ${targetHours}h nesta semana. Marque uma tarefa feita com ${call(doneNames, "pt-BR", current ? "1" : `w${week.number}.1`)}.`,
      ].join("\n"),
    invalidWeek: ({ input, totalWeeks }) =>
      `“${input}” não é uma semana do roadmap. Escolha um número de 1 a ${totalWeeks}, ex.: ${call(names, "pt-BR", "3")} ou ${call(names, "pt-BR", "semana 3")}`,
    unsetHint: ({ today }) =>
      `Você ainda não marcou o seu dia 1: ${call(startNames, "pt-BR")} começa hoje, ${call(startNames, "pt-BR", typed(exampleStart(today)))} numa data.`,
    finished: ({ totalWeeks }) =>
      `Você já passou da semana ${totalWeeks}: o roadmap terminou. Revise qualquer semana com ${call(names, "pt-BR", "1")} … ${call(names, "pt-BR", String(totalWeeks))} e mantenha a sequência.`,
  },
};
