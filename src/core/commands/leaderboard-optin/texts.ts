// /leaderboard-optin in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = {
  name: "leaderboard-optin",
  aliases: { en: [], "pt-BR": ["placar-entrar"] },
};

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Appear on the leaderboard again",
    help: () => "/leaderboard-optin — put your name back on the board",
  },
  "pt-BR": {
    description: "Voltar a aparecer no placar",
    help: () => "/placar-entrar (/leaderboard-optin) — volta a mostrar o seu nome no placar",
  },
};

/** What /leaderboard-optin answers. */
export type LeaderboardOptinReplies = {
  done(p: Record<string, never>): string;
};

export const replies: Record<Locale, LeaderboardOptinReplies> = {
  en: {
    done: () => "You're on the leaderboard again.",
  },
  "pt-BR": {
    done: () => "Você voltou ao placar.",
  },
};
