// /start in both languages.

import { day } from "../../messages/en/dates.js";
import { positionLine as positionLineEn } from "../../messages/en/progressLines.js";
import { dia, typed } from "../../messages/pt-BR/dates.js";
import { positionLine as positionLinePt } from "../../messages/pt-BR/progressLines.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import { exampleStart } from "../../time/examples.js";
import { names as checkinNames } from "../checkin/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as progressNames } from "../progress/texts.js";
import { names as roadmapNames } from "../roadmap/texts.js";
import type { CommandTexts } from "../spec.js";
import { names as timezoneNames } from "../timezone/texts.js";

export const names: CommandNames = { name: "start", aliases: { en: [], "pt-BR": ["começar", "comecar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Join, and set day 1 of your roadmap",
    menu: "Join; your roadmap starts today (or /start tomorrow, /start DD/MM)",
    help: () => "/start [date] — join; the date is your roadmap day 1 (default today), e.g. /start tomorrow",
    options: {
      date: {
        name: "date",
        description: "Day 1: tomorrow, DD/MM or YYYY-MM-DD (default: today; a future day suits a cohort)",
      },
    },
  },
  "pt-BR": {
    description: "Entre e defina o dia 1 do seu roadmap",
    menu: "Entrar; o seu roadmap começa hoje (ou /start amanhã, /start DD/MM)",
    help: () =>
      "/comecar (/start) [data] — entrar; a data é o dia 1 do seu roadmap (padrão: hoje), ex.: /start amanhã",
    options: {
      date: {
        name: "data",
        description: "Dia 1: amanhã, DD/MM ou DD/MM/AAAA (padrão: hoje; um dia futuro serve para uma turma)",
      },
    },
  },
};

interface Placed {
  name: string;
  startDate: LocalDate;
  position: RoadmapPosition;
  today: LocalDate;
}

/** What /start answers. */
export type StartReplies = {
  welcome(p: Placed & { targetHours: number; motto: string; zone: string }): string;
  /** /start with a date from someone who already had a day 1: only day 1 moves. */
  moved(p: Placed): string;
  /** A bare /start from someone who already has a day 1: nothing moves. */
  already(p: Placed): string;
  invalidDate(p: { input: string; today: LocalDate }): string;
  outOfRange(p: { input: string; maxDays: number; today: LocalDate }): string;
};

/** Where day 1 puts the member; a day 1 so far back that every week is behind says so. */
function placeEn({ startDate, position, today }: Placed): string {
  if (position.kind !== "finished") return positionLineEn(position, today);
  return `🗺️ With day 1 on ${day(startDate, today)}, all ${position.totalWeeks} weeks of the roadmap are already behind you. Review any week with ${call(roadmapNames, "en", "1")}, or pick a later day 1.`;
}

function placePt({ startDate, position, today }: Placed): string {
  if (position.kind !== "finished") return positionLinePt(position, today);
  return `🗺️ Com o dia 1 em ${dia(startDate, today)}, as ${position.totalWeeks} semanas do roadmap já ficaram para trás. Revise qualquer semana com ${call(roadmapNames, "pt-BR", "1")} ou escolha um dia 1 mais recente.`;
}

/** The roadmap's motto speaks of beginning with week 1: not for a day 1 whose weeks are all over. */
const motto = (p: { position: RoadmapPosition; motto: string }): string[] =>
  p.position.kind === "finished" ? [] : [p.motto];

export const replies: Record<Locale, StartReplies> = {
  en: {
    welcome: (p) =>
      [
        `👋 Welcome, ${p.name}! Your roadmap day 1 is ${day(p.startDate, p.today)}.`,
        placeEn(p),
        `Weekly target: ${p.targetHours}h. Log study time with ${call(checkinNames, "en")} 2h, see how you're doing with ${call(progressNames, "en")}.`,
        `🕘 I'm keeping your times in ${p.zone}. Somewhere else? Send ${call(timezoneNames, "en")} with your city, e.g. ${call(timezoneNames, "en", "Lisbon")}.`,
        ...motto(p),
      ].join("\n"),
    moved: (p) => [`📅 Day 1 moved to ${day(p.startDate, p.today)}.`, placeEn(p)].join("\n"),
    already: (p) =>
      [
        `👋 You're already on your way, ${p.name}: your roadmap day 1 is ${day(p.startDate, p.today)}.`,
        positionLineEn(p.position, p.today),
        `To move day 1, send it with a date, e.g. ${call(names, "en", "today")} or ${call(names, "en", exampleStart(p.today))}.`,
      ].join("\n"),
    invalidDate: ({ input, today }) =>
      `“${input}” is not a date I can read. Write it like ${call(names, "en", exampleStart(today))}, ${call(names, "en", "tomorrow")} — or just ${call(names, "en")} to begin today.`,
    outOfRange: ({ input, maxDays, today }) =>
      `${input} is too far away: pick a day within ${maxDays} days of today, e.g. ${call(names, "en", exampleStart(today))}.`,
  },
  "pt-BR": {
    welcome: (p) =>
      [
        `👋 Boas-vindas, ${p.name}! O dia 1 do seu roadmap é ${dia(p.startDate, p.today)}.`,
        placePt(p),
        `Meta semanal: ${p.targetHours}h. Registre o estudo com ${call(checkinNames, "pt-BR")} 2h e acompanhe com ${call(progressNames, "pt-BR")}.`,
        `🕘 Estou usando o fuso ${p.zone} para os seus horários. Se não for o seu, mande ${call(timezoneNames, "pt-BR")} com a sua cidade, ex.: ${call(timezoneNames, "pt-BR", "Manaus")}.`,
        ...motto(p),
      ].join("\n"),
    moved: (p) => [`📅 O seu dia 1 mudou para ${dia(p.startDate, p.today)}.`, placePt(p)].join("\n"),
    already: (p) =>
      [
        `👋 Você já está no caminho, ${p.name}: o dia 1 do seu roadmap é ${dia(p.startDate, p.today)}.`,
        positionLinePt(p.position, p.today),
        `Para mudar o dia 1, mande com uma data, ex.: ${call(names, "pt-BR", "hoje")} ou ${call(names, "pt-BR", typed(exampleStart(p.today)))}.`,
      ].join("\n"),
    invalidDate: ({ input, today }) =>
      `Não consegui ler “${input}” como data. Escreva assim: ${call(names, "pt-BR", typed(exampleStart(today)))} ou ${call(names, "pt-BR", "amanhã")} — ou só ${call(names, "pt-BR")} para começar hoje.`,
    outOfRange: ({ input, maxDays, today }) =>
      `${input} está longe demais: escolha um dia a até ${maxDays} dias de hoje, ex.: ${call(names, "pt-BR", typed(exampleStart(today)))}.`,
  },
};
