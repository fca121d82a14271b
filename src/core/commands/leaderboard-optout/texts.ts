// /leaderboard-optout in both languages.
import type { Locale } from "../../roadmap/types.js";
import { names as leaderboardOptinNames } from "../leaderboard-optin/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = {
  name: "leaderboard-optout",
  aliases: { en: [], "pt-BR": ["placar-sair"] },
};

/** The choices of boards in the pickers. */
export const SCOPE_LABELS: Record<"here" | "all", Record<Locale, string>> = {
  here: { en: "This group", "pt-BR": "Este grupo" },
  all: { en: "Every group", "pt-BR": "Todos os grupos" },
};

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Leave this group's leaderboard, or every group's (your hours still count)",
    help: () =>
      "/leaderboard-optout [all] — keep your name off this group's board, or off every group's with all (your hours still count)",
    options: {
      scope: { name: "scope", description: "This group (default in a group) or every group" },
    },
  },
  "pt-BR": {
    description: "Sair do placar deste grupo ou de todos (suas horas continuam contando)",
    help: () =>
      "/placar-sair (/leaderboard-optout) [todos] — tira o seu nome do placar deste grupo (com todos: do placar de todos os grupos); suas horas continuam contando",
    options: {
      scope: { name: "onde", description: "Este grupo (o padrão num grupo) ou todos os grupos" },
    },
  },
};

/** What /leaderboard-optout answers. */
export type LeaderboardOptoutReplies = {
  doneHere(p: Record<string, never>): string;
  doneAll(p: Record<string, never>): string;
  unknownScope(p: { input: string }): string;
};

export const replies: Record<Locale, LeaderboardOptoutReplies> = {
  en: {
    doneHere: () =>
      `You're off this group's leaderboard: your hours still count in its total, and your other groups still show you. Back on with ${call(leaderboardOptinNames, "en")}`,
    doneAll: () =>
      `You're off the leaderboard in every group, and in those you join later: your hours still count in each group's total. Back on with ${call(leaderboardOptinNames, "en", "all")}`,
    unknownScope: ({ input }) =>
      `“${input}” is not a group choice. Send ${call(names, "en")} in the group whose board you want to leave, or ${call(names, "en", "all")} for every group.`,
  },
  "pt-BR": {
    doneHere: () =>
      `Você saiu do placar deste grupo: as suas horas continuam contando no total dele, e nos outros grupos você segue aparecendo. Para voltar: ${call(leaderboardOptinNames, "pt-BR")}`,
    doneAll: () =>
      `Você saiu do placar de todos os grupos, inclusive dos que entrar depois: as suas horas continuam contando no total de cada um. Para voltar: ${call(leaderboardOptinNames, "pt-BR", "todos")}`,
    unknownScope: ({ input }) =>
      `Não entendi “${input}”. Mande ${call(names, "pt-BR")} no grupo de cujo placar você quer sair, ou ${call(names, "pt-BR", "todos")} para sair de todos.`,
  },
};
