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

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Leave the leaderboard (your hours still count in the group total)",
    help: () => "/leaderboard-optout — keep your name off the board (your hours still count)",
  },
  "pt-BR": {
    description: "Sair do placar (suas horas ainda contam no total do grupo)",
    help: () =>
      "/placar-sair (/leaderboard-optout) — tira o seu nome do placar (suas horas continuam contando)",
  },
};

/** What /leaderboard-optout answers. */
export type LeaderboardOptoutReplies = {
  done(p: Record<string, never>): string;
};

export const replies: Record<Locale, LeaderboardOptoutReplies> = {
  en: {
    done: () =>
      `You're off the leaderboard: your hours still count in the group total. Back on with ${call(leaderboardOptinNames, "en")}`,
  },
  "pt-BR": {
    done: () =>
      `Você saiu do placar: as suas horas continuam contando no total do grupo. Para voltar: ${call(leaderboardOptinNames, "pt-BR")}`,
  },
};
