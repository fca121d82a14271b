// /start in both languages.

import { positionLine as positionLineEn } from "../../messages/en/progressLines.js";
import { br } from "../../messages/pt-BR/dates.js";
import { positionLine as positionLinePt } from "../../messages/pt-BR/progressLines.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import { names as checkinNames } from "../checkin/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as progressNames } from "../progress/texts.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "start", aliases: { en: [], "pt-BR": ["começar", "comecar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Join, and set day 1 of your roadmap",
    menu: "Join; your roadmap starts today (or /start YYYY-MM-DD)",
    help: () => "/start [YYYY-MM-DD] — join; the date is your roadmap day 1 (default today)",
    options: {
      date: {
        name: "date",
        description: "Day 1, YYYY-MM-DD (default: today; may be a future day for a cohort)",
      },
    },
  },
  "pt-BR": {
    description: "Entre e defina o dia 1 do seu roadmap",
    menu: "Entrar; o seu roadmap começa hoje (ou /start AAAA-MM-DD)",
    help: () => "/start [AAAA-MM-DD] — entrar; a data é o dia 1 do seu roadmap (padrão: hoje)",
    options: {
      date: {
        name: "data",
        description: "Dia 1, AAAA-MM-DD (padrão: hoje; pode ser um dia futuro, para uma turma)",
      },
    },
  },
};

/** What /start answers. */
export type StartReplies = {
  welcome(p: {
    name: string;
    startDate: LocalDate;
    position: RoadmapPosition;
    targetHours: number;
    motto: string;
  }): string;
  /** A bare /start from someone who already has a day 1: nothing moves. */
  already(p: { name: string; startDate: LocalDate; position: RoadmapPosition; today: LocalDate }): string;
  invalidDate(p: { input: string }): string;
  outOfRange(p: { input: string; maxDays: number }): string;
};

export const replies: Record<Locale, StartReplies> = {
  en: {
    welcome: ({ name, startDate, position, targetHours, motto }) =>
      [
        `👋 Welcome, ${name}! Your roadmap day 1 is ${startDate}.`,
        positionLineEn(position),
        `Weekly target: ${targetHours}h. Log study time with ${call(checkinNames, "en")} 2h, see how you're doing with ${call(progressNames, "en")}.`,
        motto,
      ].join("\n"),
    already: ({ name, startDate, position, today }) =>
      [
        `👋 You're already on your way, ${name}: your roadmap day 1 is ${startDate}.`,
        positionLineEn(position),
        `To move day 1, send it with a date, e.g. ${call(names, "en")} ${today}.`,
      ].join("\n"),
    invalidDate: ({ input }) =>
      `“${input}” is not a date I can read. Use year-month-day, e.g. ${call(names, "en")} 2026-12-07 — or just ${call(names, "en")} to begin today.`,
    outOfRange: ({ input, maxDays }) =>
      `${input} is too far away: pick a day within ${maxDays} days of today, e.g. ${call(names, "en")} 2026-12-07.`,
  },
  "pt-BR": {
    welcome: ({ name, startDate, position, targetHours, motto }) =>
      [
        `👋 Boas-vindas, ${name}! O dia 1 do seu roadmap é ${br(startDate)}.`,
        positionLinePt(position),
        `Meta semanal: ${targetHours}h. Registre o estudo com ${call(checkinNames, "pt-BR")} 2h e acompanhe com ${call(progressNames, "pt-BR")}.`,
        motto,
      ].join("\n"),
    already: ({ name, startDate, position, today }) =>
      [
        `👋 Você já está no caminho, ${name}: o dia 1 do seu roadmap é ${br(startDate)}.`,
        positionLinePt(position),
        `Para mudar o dia 1, mande com uma data, ex.: ${call(names, "pt-BR")} ${today}.`,
      ].join("\n"),
    invalidDate: ({ input }) =>
      `Não consegui ler “${input}” como data. Use ano-mês-dia, ex.: ${call(names, "pt-BR")} 2026-12-07 — ou só ${call(names, "pt-BR")} para começar hoje.`,
    outOfRange: ({ input, maxDays }) =>
      `${input} está longe demais: escolha um dia a até ${maxDays} dias de hoje, ex.: ${call(names, "pt-BR")} 2026-12-07.`,
  },
};
