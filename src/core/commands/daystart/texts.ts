// /daystart in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = {
  name: "daystart",
  aliases: { en: [], "pt-BR": ["inicio-do-dia", "iniciododia", "início-do-dia"] },
};

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "When your day begins, if you study past midnight (up to 06:00)",
    menu: "When your day begins, e.g. /daystart 04:00 (or /daystart off)",
    help: () =>
      "/daystart HH:MM|off — when your day begins, up to 06:00: with /daystart 04:00, a check-in at 01:30 counts for the day before",
    options: {
      time: { name: "time", description: "HH:MM up to 06:00, or off (empty: show the current one)" },
    },
  },
  "pt-BR": {
    description: "Quando o seu dia começa, se você estuda depois da meia-noite (até 06:00)",
    menu: "Quando o seu dia começa, ex.: /inicio-do-dia 04:00 (ou /inicio-do-dia meia-noite)",
    help: () =>
      "/inicio-do-dia (/daystart) HH:MM|meia-noite — quando o seu dia começa, até 06:00: com /inicio-do-dia 04:00, um check-in à 01:30 conta para o dia anterior",
    options: {
      time: { name: "horario", description: "HH:MM até 06:00, ou meia-noite (vazio: mostra o atual)" },
    },
  },
};

/** What /daystart answers. */
export type DayStartReplies = {
  set(p: { time: string; zone: string }): string;
  current(p: { time: string; zone: string }): string;
  /** The day start was just put back to midnight. */
  midnight(p: Record<string, never>): string;
  /** A bare /daystart while the day starts at midnight. */
  isMidnight(p: Record<string, never>): string;
  tooLate(p: { time: string; latest: string }): string;
  invalid(p: { input: string }): string;
};

/** "às 04:00", but "à 01:00": one o'clock is singular in Portuguese. */
const at = (time: string) => (time.startsWith("01:") ? `à ${time}` : `às ${time}`);
const before = (time: string) => (time.startsWith("01:") ? `antes da ${time}` : `antes das ${time}`);

const en = (args: string) => call(names, "en", args);
const pt = (args: string) => call(names, "pt-BR", args);

export const replies: Record<Locale, DayStartReplies> = {
  en: {
    set: ({ time, zone }) =>
      `🌗 Your day now starts at ${time} (${zone}): a check-in before ${time} counts for the day before, and your streak, nudges and weeks follow. Back to midnight with ${en("off")}.`,
    current: ({ time, zone }) =>
      `Your day starts at ${time} (${zone}): a check-in before ${time} counts for the day before. Change it with e.g. ${en("03:00")}, or go back to midnight with ${en("off")}.`,
    midnight: () => "🕛 Your day starts at midnight again: every check-in counts for the day it's made on.",
    isMidnight: () =>
      `Your day starts at midnight. Studying past it? With e.g. ${en("04:00")}, a check-in at 01:30 counts for the day before, and your streak stays whole.`,
    tooLate: ({ time, latest }) =>
      `${time} is too late for a day to start: it can start at ${latest} at the latest, or one day would run into the next. For example: ${en("04:00")}.`,
    invalid: ({ input }) =>
      `“${input}” is not a time of day. Use HH:MM up to 06:00, e.g. ${en("04:00")} — or ${en("off")} for midnight.`,
  },
  "pt-BR": {
    set: ({ time, zone }) =>
      `🌗 Agora o seu dia começa ${at(time)} (${zone}): um check-in ${before(time)} conta para o dia anterior, e a sequência, os lembretes e as semanas acompanham. Para voltar à meia-noite, ${pt("meia-noite")}.`,
    current: ({ time, zone }) =>
      `O seu dia começa ${at(time)} (${zone}): um check-in ${before(time)} conta para o dia anterior. Para mudar, ex.: ${pt("03:00")}; para voltar à meia-noite, ${pt("meia-noite")}.`,
    midnight: () =>
      "🕛 O seu dia volta a começar à meia-noite: cada check-in conta para o dia em que foi feito.",
    isMidnight: () =>
      `O seu dia começa à meia-noite. Costuma estudar depois disso? Com ${pt("04:00")}, por exemplo, um check-in à 01:30 conta para o dia anterior e a sequência não quebra.`,
    tooLate: ({ time, latest }) =>
      `${time} é tarde demais para o dia começar: no máximo ${at(latest)}, senão um dia invade o outro. Por exemplo: ${pt("04:00")}.`,
    invalid: ({ input }) =>
      `“${input}” não é um horário. Use HH:MM até 06:00, ex.: ${pt("04:00")} — ou ${pt("meia-noite")} para voltar à meia-noite.`,
  },
};
