// /leaderboard-optin in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = {
  name: "leaderboard-optin",
  aliases: { en: [], "pt-BR": ["placar-entrar"] },
};

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Appear on this group's leaderboard again, or on every group's",
    help: () =>
      "/leaderboard-optin [all] — put your name back on this group's board, or on every group's with all",
    options: {
      scope: { name: "scope", description: "This group (default in a group) or every group" },
    },
  },
  "pt-BR": {
    description: "Voltar a aparecer no placar deste grupo ou de todos",
    help: () =>
      "/placar-entrar (/leaderboard-optin) [todos] — volta a mostrar o seu nome no placar deste grupo (com todos: no de todos os grupos)",
    options: {
      scope: { name: "onde", description: "Este grupo (o padrão num grupo) ou todos os grupos" },
    },
  },
};

/** What /leaderboard-optin answers. */
export type LeaderboardOptinReplies = {
  doneHere(p: Record<string, never>): string;
  doneAll(p: Record<string, never>): string;
  unknownScope(p: { input: string }): string;
};

export const replies: Record<Locale, LeaderboardOptinReplies> = {
  en: {
    doneHere: () => "You're on this group's leaderboard again.",
    doneAll: () => "You're on the leaderboard again, in every group.",
    unknownScope: ({ input }) =>
      `“${input}” is not a group choice. Send ${call(names, "en")} in the group whose board you want back on, or ${call(names, "en", "all")} for every group.`,
  },
  "pt-BR": {
    doneHere: () => "Você voltou ao placar deste grupo.",
    doneAll: () => "Você voltou ao placar, em todos os grupos.",
    unknownScope: ({ input }) =>
      `Não entendi “${input}”. Mande ${call(names, "pt-BR")} no grupo em cujo placar você quer voltar, ou ${call(names, "pt-BR", "todos")} para voltar a todos.`,
  },
};
