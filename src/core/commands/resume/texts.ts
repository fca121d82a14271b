// /resume in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as pauseNames } from "../pause/texts.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "resume", aliases: { en: [], "pt-BR": ["retomar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Resume reminders",
    help: () => "/resume — nudges and recaps again, before a pause ends",
  },
  "pt-BR": {
    description: "Retoma os lembretes",
    help: () => "/retomar (/resume) — lembretes e resumos de volta, antes do fim da pausa",
  },
};

/** What /resume answers. */
export type ResumeReplies = {
  done(p: Record<string, never>): string;
  notPaused(p: Record<string, never>): string;
};

export const replies: Record<Locale, ResumeReplies> = {
  en: {
    done: () => "▶️ Welcome back! Nudges are on again.",
    notPaused: () => `You're not paused — nudges are on. To pause: ${call(pauseNames, "en")} 7`,
  },
  "pt-BR": {
    done: () => "▶️ Que bom ter você de volta! Os lembretes estão ligados de novo.",
    notPaused: () =>
      `Você não está em pausa — os lembretes estão ligados. Para pausar: ${call(pauseNames, "pt-BR")} 7`,
  },
};
