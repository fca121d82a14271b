// /pause in both languages.
import { day } from "../../messages/en/dates.js";
import { dia, typed } from "../../messages/pt-BR/dates.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import { examplePauseEnd } from "../../time/examples.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as resumeNames } from "../resume/texts.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "pause", aliases: { en: [], "pt-BR": ["pausar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Pause reminders",
    menu: "Pause reminders, e.g. /pause 7 or /pause 2 weeks",
    help: () => "/pause <days|weeks|date> — pause nudges and recaps, e.g. /pause 7 or /pause 2 weeks",
    options: {
      until: {
        name: "until",
        description: `Days (7, 2 weeks) or a date (tomorrow, DD/MM, YYYY-MM-DD); empty: until ${call(resumeNames, "en")}`,
      },
    },
  },
  "pt-BR": {
    description: "Pausa os lembretes",
    menu: "Pausar os lembretes, ex.: /pausar 7 dias ou /pausar 2 semanas",
    help: () =>
      "/pausar (/pause) <dias|semanas|data> — pausa lembretes e resumos, ex.: /pausar 7 dias ou /pausar 2 semanas",
    options: {
      until: {
        name: "ate",
        description: `Dias (7, 2 semanas) ou uma data (amanhã, DD/MM); vazio: até ${call(resumeNames, "pt-BR")}`,
      },
    },
  },
};

/** What /pause answers. */
export type PauseReplies = {
  set(p: { until: LocalDate; resume: LocalDate; today: LocalDate }): string;
  invalid(p: { input: string; today: LocalDate }): string;
};

export const replies: Record<Locale, PauseReplies> = {
  en: {
    set: ({ until, resume, today }) =>
      `⏸️ Paused through ${day(until, today)}. Nudges come back on ${day(resume, today)} — or earlier with ${call(resumeNames, "en")}.`,
    invalid: ({ input, today }) =>
      `${input === "" ? "Pause for how long?" : `“${input}” is not a number of days (up to a year) or a coming date.`} For example: ${call(names, "en", "7")}, ${call(names, "en", "2 weeks")} or ${call(names, "en", examplePauseEnd(today))}`,
  },
  "pt-BR": {
    set: ({ until, resume, today }) =>
      `⏸️ Pausado até ${dia(until, today)}. Os lembretes voltam a partir de ${dia(resume, today)} — ou antes, com ${call(resumeNames, "pt-BR")}.`,
    invalid: ({ input, today }) =>
      `${input === "" ? "Pausar por quanto tempo?" : `“${input}” não é um número de dias (até um ano) nem uma data futura.`} Por exemplo: ${call(names, "pt-BR", "7 dias")}, ${call(names, "pt-BR", "2 semanas")} ou ${call(names, "pt-BR", typed(examplePauseEnd(today)))}`,
  },
};
