// /done in both languages, and the task-reference errors /undone shares.
import type { EvidenceKind, Locale, LocalizedText } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as roadmapNames } from "../roadmap/texts.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "done", aliases: { en: [], "pt-BR": ["feito", "feita"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Tick a roadmap task (or a portfolio deliverable) as done",
    menu: "Tick a task as done, e.g. /done 2 (or /done p1 <link>)",
    help: () =>
      "/done <n> [link] — tick task n of your week as done (as /roadmap numbers them); w3.2 for another week, p1 for a portfolio deliverable",
    options: {
      task: { name: "task", description: "The task's number in /roadmap (2), another week's (w3.2), or p1" },
      link: { name: "link", description: "A link to what you made (optional), e.g. your GitHub repository" },
    },
  },
  "pt-BR": {
    description: "Marque uma tarefa do roadmap (ou uma entrega do portfólio) como feita",
    menu: "Marcar tarefa como feita, ex.: /feito 2 (ou /feito p1 <link>)",
    help: () =>
      "/feito (/done) <n> [link] — marca a tarefa n da sua semana como feita (na numeração do /trilha); w3.2 para outra semana, p1 para uma entrega do portfólio",
    options: {
      task: {
        name: "tarefa",
        description: "O número da tarefa no /trilha (2), de outra semana (w3.2), ou p1",
      },
      link: {
        name: "link",
        description: "Um link do que você fez (opcional), ex.: o seu repositório no GitHub",
      },
    },
  },
};

export interface TickedTask {
  /** null for a portfolio deliverable. */
  week: number | null;
  number: number;
  text: LocalizedText;
}

/** The errors of a task reference, worded with the command that was typed. */
export type TaskRefReplies = {
  unreadable(p: { input: string }): string;
  noSuchTask(p: { week: number; count: number }): string;
  noSuchDeliverable(p: { count: number }): string;
  noWeek(p: Record<string, never>): string;
  noTask(p: Record<string, never>): string;
};

/** What a deliverable's GitHub link showed: `kind` is what was found, or what was missing. */
export interface Verification {
  outcome: "verified" | "notFound" | "unreachable";
  kind: EvidenceKind;
  /** As shown: github.com/owner/repo. */
  repo: string;
}

/** What /done answers. */
export type DoneReplies = TaskRefReplies & {
  ticked(p: {
    task: TickedTask;
    link: string | null;
    /** The ticked task's week (or the member's, for a deliverable): `current` when it is theirs. */
    weekDone: { week: number; current: boolean; done: number; of: number } | null;
    next: TickedTask | null;
    verification: Verification | null;
  }): string;
  badLink(p: { input: string }): string;
};

const label = (task: TickedTask, locale: Locale) =>
  task.week === null
    ? locale === "en"
      ? `Portfolio deliverable ${task.number}`
      : `Entrega ${task.number} do portfólio`
    : locale === "en"
      ? `Week ${task.week}, task ${task.number}`
      : `Semana ${task.week}, tarefa ${task.number}`;

/** Task-reference errors for a command, in a language. */
export function taskRefReplies(command: CommandNames, locale: Locale): TaskRefReplies {
  const c = (args?: string) => call(command, locale, args);
  // Read when a reply is worded: /roadmap's texts name /done too.
  const roadmap = () => call(roadmapNames, locale);
  return locale === "en"
    ? {
        unreadable: ({ input }) =>
          `I couldn't read “${input}” as a task. Use its number in ${roadmap()}, e.g. ${c("2")}; ${c("w3.2")} for another week, ${c("p1")} for a portfolio deliverable.`,
        noSuchTask: ({ week, count }) =>
          count === 0
            ? `The roadmap has no week ${week}. Name a task like ${c("w1.2")}.`
            : `Week ${week} has ${count} tasks: pick 1 to ${count}, e.g. ${c(`w${week}.1`)}.`,
        noSuchDeliverable: ({ count }) =>
          `The portfolio has ${count} deliverables: p1 to p${count}, e.g. ${c("p1")}.`,
        noWeek: () =>
          `You have no current week (not started yet, or past the end): name the week, e.g. ${c("w1.2")}.`,
        noTask: () => `Which task? Use its number in ${roadmap()}, e.g. ${c("2")}.`,
      }
    : {
        unreadable: ({ input }) =>
          `Não entendi “${input}” como tarefa. Use o número dela no ${roadmap()}, ex.: ${c("2")}; ${c("w3.2")} para outra semana, ${c("p1")} para uma entrega do portfólio.`,
        noSuchTask: ({ week, count }) =>
          count === 0
            ? `O roadmap não tem semana ${week}. Indique a tarefa assim: ${c("w1.2")}.`
            : `A semana ${week} tem ${count} tarefas: escolha de 1 a ${count}, ex.: ${c(`w${week}.1`)}.`,
        noSuchDeliverable: ({ count }) =>
          `O portfólio tem ${count} entregas: de p1 a p${count}, ex.: ${c("p1")}.`,
        noWeek: () =>
          `Você não tem semana atual (ainda não começou, ou já passou do fim): indique a semana, ex.: ${c("w1.2")}.`,
        noTask: () => `Qual tarefa? Use o número dela no ${roadmap()}, ex.: ${c("2")}.`,
      };
}

/** The line a check adds; none when GitHub did not answer (the tick stands, unchecked). */
function verificationLine(v: Verification | null, task: TickedTask, locale: Locale): string[] {
  if (v === null || v.outcome === "unreachable") return [];
  const again = call(names, locale, `p${task.number} <link>`);
  if (locale === "en") {
    if (v.outcome === "verified")
      return [
        v.kind === "repo"
          ? `✔ Verified: ${v.repo} is a public repository.`
          : v.kind === "dockerfile"
            ? `✔ Verified: ${v.repo} has a Dockerfile.`
            : `✔ Verified: ${v.repo} has a GitHub Actions workflow.`,
      ];
    const missing =
      v.kind === "repo"
        ? `I found no public repository ${v.repo} on GitHub`
        : v.kind === "dockerfile"
          ? `${v.repo} has no Dockerfile at its root`
          : `${v.repo} has no workflow in .github/workflows`;
    return [`✖ Not verified: ${missing}. It stays ticked; once it's there, send ${again} again.`];
  }
  if (v.outcome === "verified")
    return [
      v.kind === "repo"
        ? `✔ Verificado: ${v.repo} é um repositório público.`
        : v.kind === "dockerfile"
          ? `✔ Verificado: ${v.repo} tem um Dockerfile.`
          : `✔ Verificado: ${v.repo} tem um workflow do GitHub Actions.`,
    ];
  const missing =
    v.kind === "repo"
      ? `não achei o repositório público ${v.repo} no GitHub`
      : v.kind === "dockerfile"
        ? `${v.repo} não tem Dockerfile na raiz`
        : `${v.repo} não tem workflow em .github/workflows`;
  return [
    `✖ Não verificado: ${missing}. A entrega continua marcada; quando estiver lá, mande ${again} de novo.`,
  ];
}

export const replies: Record<Locale, DoneReplies> = {
  en: {
    ...taskRefReplies(names, "en"),
    ticked: ({ task, link, weekDone, next, verification }) =>
      [
        `✅ ${label(task, "en")} done: ${task.text.en}${link === null ? "" : ` — ${link}`}`,
        ...verificationLine(verification, task, "en"),
        ...(weekDone === null
          ? []
          : [
              `${weekDone.current ? "This week" : `Week ${weekDone.week}`}: ${weekDone.done}/${weekDone.of} tasks.`,
            ]),
        ...(next === null ? [] : [`Next: ${next.text.en}`]),
      ].join("\n"),
    badLink: ({ input }) =>
      `“${input}” is not a link. Give the full address, e.g. ${call(names, "en", "p1 https://github.com/you/project")}`,
  },
  "pt-BR": {
    ...taskRefReplies(names, "pt-BR"),
    ticked: ({ task, link, weekDone, next, verification }) =>
      [
        `✅ ${label(task, "pt-BR")} feita: ${task.text["pt-BR"]}${link === null ? "" : ` — ${link}`}`,
        ...verificationLine(verification, task, "pt-BR"),
        ...(weekDone === null
          ? []
          : [
              `${weekDone.current ? "Esta semana" : `Semana ${weekDone.week}`}: ${weekDone.done}/${weekDone.of} tarefas.`,
            ]),
        ...(next === null ? [] : [`Próxima: ${next.text["pt-BR"]}`]),
      ].join("\n"),
    badLink: ({ input }) =>
      `“${input}” não é um link. Mande o endereço completo, ex.: ${call(names, "pt-BR", "p1 https://github.com/voce/projeto")}`,
  },
};
