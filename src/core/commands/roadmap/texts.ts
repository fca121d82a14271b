// /roadmap in both languages: a week, and the skills map with the tools.
import { typed } from "../../messages/pt-BR/dates.js";
import type { Locale, LocalizedText, RoadmapResource, RoadmapWeek } from "../../roadmap/types.js";
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
    help: () =>
      "/roadmap [week] — a week's focus and tasks, e.g. /roadmap week 3; /roadmap skills — the skills and tools the plan builds",
    options: {
      week: { name: "week", description: "The week number (default: your current week)" },
      show: { name: "show", description: "Something else than a week: the skills and tools" },
    },
  },
  "pt-BR": {
    description: "O foco e as tarefas de uma semana do roadmap",
    menu: "Foco e tarefas de uma semana",
    help: () =>
      "/trilha (/roadmap) [semana] — foco e tarefas de uma semana, ex.: /trilha semana 3; /trilha habilidades — as habilidades e ferramentas do plano",
    options: {
      week: { name: "semana", description: "O número da semana (padrão: a sua semana atual)" },
      show: { name: "mostrar", description: "Outra coisa além de uma semana: as habilidades e ferramentas" },
    },
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
    /** The roadmap month the week is in ("Month 2 — Practice"); null when the roadmap names none. */
    month: LocalizedText | null;
  }): string;
  invalidWeek(p: { input: string; totalWeeks: number }): string;
  unsetHint(p: { today: LocalDate }): string;
  finished(p: { totalWeeks: number }): string;
  skillsTitle(p: { title: string }): string;
  coreSkills(p: Record<string, never>): string;
  niceToHaveSkills(p: Record<string, never>): string;
  tools(p: { tools: string[] }): string;
  noSkills(p: Record<string, never>): string;
};

/** The skills choice of the show option, named in each language. */
export const SKILLS_CHOICE = {
  value: "skills",
  label: { en: "Skills and tools", "pt-BR": "Habilidades e ferramentas" },
};

/** A week's resources on one line: each title, with its address when it has one. */
export function resourcesLine(resources: RoadmapResource[], locale: Locale): string {
  const items = resources.map((r) =>
    r.url === undefined ? r.title[locale] : `${r.title[locale]} (${r.url})`,
  );
  return `${locale === "en" ? "📚 To study from" : "📚 Para estudar"}: ${items.join(" · ")}`;
}

export const replies: Record<Locale, RoadmapReplies> = {
  en: {
    week: ({ week, totalWeeks, current, targetHours, done, month }) =>
      [
        `🗺️ Week ${week.number} of ${totalWeeks}${current ? " (your current week)" : ""}: ${week.focus.en}`,
        ...(month === null ? [] : [`📅 ${month.en}`]),
        ...week.tasks.map((task, i) => `${i + 1}. ${done[i] === true ? "✅ " : ""}${task.en}`),
        ...(week.resources === undefined ? [] : [resourcesLine(week.resources, "en")]),
        `Target: ${targetHours}h this week. Tick a task with ${call(doneNames, "en", current ? "1" : `w${week.number}.1`)}.`,
      ].join("\n"),
    invalidWeek: ({ input, totalWeeks }) =>
      `“${input}” is not a week of the roadmap. Pick a number from 1 to ${totalWeeks}, e.g. ${call(names, "en", "3")} or ${call(names, "en", "week 3")}`,
    unsetHint: ({ today }) =>
      `You haven't set your day 1 yet: ${call(startNames, "en")} begins today, ${call(startNames, "en", exampleStart(today))} on a date.`,
    finished: ({ totalWeeks }) =>
      `You are past week ${totalWeeks}: the roadmap is done. Review any week with ${call(names, "en", "1")} … ${call(names, "en", String(totalWeeks))}, and keep the streak going.`,
    skillsTitle: ({ title }) => `🧭 Skills and tools — ${title}`,
    coreSkills: () => "Core skills:",
    niceToHaveSkills: () => "Nice to have:",
    tools: ({ tools }) => `🛠️ Tools: ${tools.join(" · ")}`,
    noSkills: () =>
      `This roadmap lists no skills or tools. Its weeks are at ${call(names, "en")} and ${call(names, "en", "week 3")}.`,
  },
  "pt-BR": {
    week: ({ week, totalWeeks, current, targetHours, done, month }) =>
      [
        `🗺️ Semana ${week.number} de ${totalWeeks}${current ? " (a sua semana atual)" : ""}: ${week.focus["pt-BR"]}`,
        ...(month === null ? [] : [`📅 ${month["pt-BR"]}`]),
        ...week.tasks.map((task, i) => `${i + 1}. ${done[i] === true ? "✅ " : ""}${task["pt-BR"]}`),
        ...(week.resources === undefined ? [] : [resourcesLine(week.resources, "pt-BR")]),
        `Meta: ${targetHours}h nesta semana. Marque uma tarefa feita com ${call(doneNames, "pt-BR", current ? "1" : `w${week.number}.1`)}.`,
      ].join("\n"),
    invalidWeek: ({ input, totalWeeks }) =>
      `“${input}” não é uma semana do roadmap. Escolha um número de 1 a ${totalWeeks}, ex.: ${call(names, "pt-BR", "3")} ou ${call(names, "pt-BR", "semana 3")}`,
    unsetHint: ({ today }) =>
      `Você ainda não marcou o seu dia 1: ${call(startNames, "pt-BR")} começa hoje, ${call(startNames, "pt-BR", typed(exampleStart(today)))} numa data.`,
    finished: ({ totalWeeks }) =>
      `Você já passou da semana ${totalWeeks}: o roadmap terminou. Revise qualquer semana com ${call(names, "pt-BR", "1")} … ${call(names, "pt-BR", String(totalWeeks))} e mantenha a sequência.`,
    skillsTitle: ({ title }) => `🧭 Habilidades e ferramentas — ${title}`,
    coreSkills: () => "Habilidades essenciais:",
    niceToHaveSkills: () => "Complementares:",
    tools: ({ tools }) => `🛠️ Ferramentas: ${tools.join(" · ")}`,
    noSkills: () =>
      `Este roadmap não lista habilidades nem ferramentas. As semanas estão em ${call(names, "pt-BR")} e ${call(names, "pt-BR", "semana 3")}.`,
  },
};
