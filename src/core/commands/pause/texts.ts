// /pause in both languages.
import { br } from "../../messages/pt-BR/dates.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as resumeNames } from "../resume/texts.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "pause", aliases: { en: [], "pt-BR": ["pausar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Pause reminders",
    menu: "Pause reminders, e.g. /pause 7 or /pause 2026-12-20",
    help: () => "/pause <days|YYYY-MM-DD> — pause nudges and recaps, e.g. /pause 7",
    options: {
      until: {
        name: "until",
        description: `Number of days or a date YYYY-MM-DD (empty: until ${call(resumeNames, "en")})`,
      },
    },
  },
  "pt-BR": {
    description: "Pausa os lembretes",
    menu: "Pausar os lembretes, ex.: /pausar 7 ou /pausar 2026-12-20",
    help: () => "/pausar (/pause) <dias|AAAA-MM-DD> — pausa lembretes e resumos, ex.: /pausar 7",
    options: {
      until: {
        name: "ate",
        description: `Número de dias ou uma data AAAA-MM-DD (vazio: até ${call(resumeNames, "pt-BR")})`,
      },
    },
  },
};

/** What /pause answers. */
export type PauseReplies = {
  set(p: { until: LocalDate; resume: LocalDate }): string;
  invalid(p: { input: string }): string;
};

export const replies: Record<Locale, PauseReplies> = {
  en: {
    set: ({ until, resume }) =>
      `⏸️ Paused through ${until}. Nudges come back on ${resume} — or earlier with ${call(resumeNames, "en")}.`,
    invalid: ({ input }) =>
      `${input === "" ? "Pause for how long?" : `“${input}” is not a number of days (1–365) or a coming date.`} For example: /pause 7 or /pause 2026-12-20`,
  },
  "pt-BR": {
    set: ({ until, resume }) =>
      `⏸️ Pausado até ${br(until)}. Os lembretes voltam em ${br(resume)} — ou antes, com ${call(resumeNames, "pt-BR")}.`,
    invalid: ({ input }) =>
      `${input === "" ? "Pausar por quanto tempo?" : `“${input}” não é um número de dias (1–365) nem uma data futura.`} Por exemplo: /pausar 7 ou /pausar 2026-12-20`,
  },
};
