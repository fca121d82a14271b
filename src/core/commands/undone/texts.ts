// /undone in both languages.

import type { Locale } from "../../roadmap/types.js";
import { type TaskRefReplies, type TickedTask, taskRefReplies } from "../done/texts.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "undone", aliases: { en: ["untick"], "pt-BR": ["desmarcar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Untick a roadmap task you marked as done",
    menu: "Untick a task, e.g. /undone 2",
    help: () => "/undone <n> — untick task n of your week (w3.2 for another week, p1 for a deliverable)",
    options: {
      task: { name: "task", description: "The task's number in /roadmap (2), another week's (w3.2), or p1" },
    },
  },
  "pt-BR": {
    description: "Desmarque uma tarefa do roadmap marcada como feita",
    menu: "Desmarcar uma tarefa, ex.: /desmarcar 2",
    help: () =>
      "/desmarcar (/undone) <n> — desmarca a tarefa n da sua semana (w3.2 para outra semana, p1 para uma entrega)",
    options: {
      task: {
        name: "tarefa",
        description: "O número da tarefa no /trilha (2), de outra semana (w3.2), ou p1",
      },
    },
  },
};

/** What /undone answers. */
export type UndoneReplies = TaskRefReplies & {
  unticked(p: { task: TickedTask }): string;
  notTicked(p: { task: TickedTask }): string;
};

const label = (task: TickedTask, locale: Locale) =>
  task.week === null
    ? locale === "en"
      ? `portfolio deliverable ${task.number}`
      : `a entrega ${task.number} do portfólio`
    : locale === "en"
      ? `week ${task.week}, task ${task.number}`
      : `a tarefa ${task.number} da semana ${task.week}`;

export const replies: Record<Locale, UndoneReplies> = {
  en: {
    ...taskRefReplies(names, "en"),
    unticked: ({ task }) => `↩️ Unticked ${label(task, "en")}: ${task.text.en}`,
    notTicked: ({ task }) =>
      `${label(task, "en").replace(/^./, (c) => c.toUpperCase())} was not ticked: nothing to undo.`,
  },
  "pt-BR": {
    ...taskRefReplies(names, "pt-BR"),
    unticked: ({ task }) => `↩️ Desmarquei ${label(task, "pt-BR")}: ${task.text["pt-BR"]}`,
    notTicked: ({ task }) =>
      `${label(task, "pt-BR").replace(/^./, (c) => c.toUpperCase())} não estava marcada: nada a desfazer.`,
  },
};
