// /checkin in both languages.

import { day } from "../../messages/en/dates.js";
import { streakLine as streakLineEn, weekLine as weekLineEn } from "../../messages/en/progressLines.js";
import { formatMinutes as hm } from "../../messages/format.js";
import { dia } from "../../messages/pt-BR/dates.js";
import { streakLine as streakLinePt, weekLine as weekLinePt } from "../../messages/pt-BR/progressLines.js";
import type { WeekProgress } from "../../progress/weekProgress.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as progressNames } from "../progress/texts.js";
import type { Choice, CommandTexts } from "../spec.js";
import { names as undoNames } from "../undo/texts.js";

export const names: CommandNames = { name: "checkin", aliases: { en: [], "pt-BR": [] } };

/** A form's day field: the day is picked, never read from the note. */
export const DAYS: Choice[] = [
  { value: "today", label: { en: "Today", "pt-BR": "Hoje" } },
  { value: "yesterday", label: { en: "Yesterday", "pt-BR": "Ontem" } },
];

/** The forms a check-in may take, as examples after a refusal. */
function examples(locale: Locale): string {
  const c = (args: string) => call(names, locale, args);
  const yesterday = locale === "pt-BR" ? "2h ontem" : "2h yesterday";
  return [c("3h"), c("90m"), c("1h30 pandas"), c(yesterday)].join(" · ");
}

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Log study time, e.g. 3h, 90m, 1h30",
    menu: "Log study time: /checkin 2h, /checkin 1h30 pandas",
    help: () => "/checkin <time> [note] — log study time: 3h, 90m, 1h30, 1,5h, 2h yesterday",
    options: {
      hours: { name: "hours", description: "How long you studied: 3h, 90m, 1h30" },
      day: { name: "day", description: "The day you studied (empty: today, unless the time says yesterday)" },
      note: { name: "note", description: "What you studied (optional)" },
    },
  },
  "pt-BR": {
    description: "Registre tempo de estudo, ex.: 3h, 90m, 1h30",
    menu: "Registrar estudo: /checkin 2h, /checkin 1h30 pandas",
    help: () => "/checkin <tempo> [anotação] — registrar estudo: 3h, 90m, 1h30, 1,5h, 2h ontem",
    options: {
      hours: { name: "horas", description: "Quanto tempo você estudou: 3h, 90m, 1h30" },
      day: {
        name: "dia",
        description: "O dia em que você estudou (vazio: hoje, a não ser que o tempo diga ontem)",
      },
      note: { name: "nota", description: "O que você estudou (opcional)" },
    },
  },
};

/** What /checkin answers. */
export type CheckinReplies = {
  missing(p: Record<string, never>): string;
  invalid(p: { input: string }): string;
  notPositive(p: { input: string }): string;
  tooLong(p: { input: string; maxHours: number }): string;
  dayFull(p: {
    date: LocalDate;
    today: LocalDate;
    dayMinutes: number;
    minutes: number;
    maxHours: number;
  }): string;
  recorded(p: {
    minutes: number;
    date: LocalDate;
    today: LocalDate;
    daysAgo: number;
    note: string | null;
    week: WeekProgress;
    streak: number;
    /** The time counted for last week (yesterday, on a Monday): the week shown is that one. */
    earlierWeek: boolean;
    /** The note was too long to keep whole, and its start was kept. */
    noteShortened: boolean;
    /** Seen by the group, from a member off the board: the check-in alone, not their week or streak. */
    shownToGroup: boolean;
  }): string;
  duplicate(p: Record<string, never>): string;
  /** A day word naming a day other than today or yesterday: nothing was recorded. */
  onlyTodayOrYesterday(p: { input: string }): string;
  /**
   * The same time on the same day, logged moments ago: nothing new until the member confirms. `form`: it came
   * from a form, whose note field takes the confirming word (a day typed with the time would be note there).
   */
  repeat(p: { minutes: number; date: LocalDate; daysAgo: number; form: boolean }): string;
};

export const replies: Record<Locale, CheckinReplies> = {
  en: {
    missing: () => `How long did you study? For example: ${examples("en")}`,
    invalid: ({ input }) => `I couldn't read “${input}” as a duration. Try: ${examples("en")}`,
    notPositive: ({ input }) =>
      `“${input}” is not a study time: a check-in must be more than zero. For example: ${call(names, "en")} 45m`,
    tooLong: ({ input, maxHours }) =>
      `“${input}” is more than ${maxHours}h in one check-in. Split a long day into several check-ins, for example: ${call(names, "en")} 2h30 — and write minutes with m: ${call(names, "en")} 90m`,
    dayFull: ({ date, today, dayMinutes, minutes, maxHours }) =>
      `${day(date, today)} already has ${hm(dayMinutes)} logged; ${hm(minutes)} more would pass ${maxHours}h in one day, so nothing was recorded. If a check-in was wrong, ${call(undoNames, "en")} it and log again, e.g. ${call(names, "en")} 2h.`,
    recorded: ({
      minutes,
      date,
      today,
      daysAgo,
      note,
      week,
      streak,
      earlierWeek,
      noteShortened,
      shownToGroup,
    }) =>
      [
        `✅ Logged ${hm(minutes)}${daysAgo === 1 ? ` for yesterday (${day(date, today)})` : ""}${note ? ` — ${note}` : ""}.`,
        ...(noteShortened ? ["✂️ Your note was very long, so I kept just the start of it."] : []),
        ...(shownToGroup
          ? [`Your week and streak: ${call(progressNames, "en")}, in private.`]
          : [weekLineEn(week, earlierWeek), streakLineEn(streak)]),
      ].join("\n"),
    duplicate: () => "That check-in was already counted.",
    onlyTodayOrYesterday: ({ input }) =>
      `I can only log time for today or yesterday, so nothing was logged for “${input}”. For example: ${call(names, "en")} 2h yesterday`,
    repeat: ({ minutes, daysAgo, form }) =>
      `You logged ${hm(minutes)}${daysAgo === 1 ? " for yesterday" : ""} a moment ago. Log another ${hm(minutes)}? ${
        form
          ? `Run ${call(names, "en")} again with the same time and day, and “again” as the note, to confirm.`
          : `Send ${call(names, "en", `${hm(minutes)}${daysAgo === 1 ? " yesterday" : ""} again`)} to confirm.`
      }`,
  },
  "pt-BR": {
    missing: () => `Quanto tempo você estudou? Por exemplo: ${examples("pt-BR")}`,
    invalid: ({ input }) => `Não entendi “${input}” como duração. Tente: ${examples("pt-BR")}`,
    notPositive: ({ input }) =>
      `“${input}” não é um tempo de estudo: o check-in precisa ser maior que zero. Por exemplo: ${call(names, "pt-BR")} 45m`,
    tooLong: ({ input, maxHours }) =>
      `“${input}” passa de ${maxHours}h em um só check-in. Divida um dia longo em vários check-ins, por exemplo: ${call(names, "pt-BR")} 2h30 — e escreva minutos com m: ${call(names, "pt-BR")} 90m`,
    dayFull: ({ date, today, dayMinutes, minutes, maxHours }) =>
      `${dia(date, today)} já tem ${hm(dayMinutes)} registradas; mais ${hm(minutes)} passaria de ${maxHours}h no dia, então nada foi registrado. Se um check-in estava errado, use ${call(undoNames, "pt-BR")} e registre de novo, ex.: ${call(names, "pt-BR")} 2h.`,
    recorded: ({
      minutes,
      date,
      today,
      daysAgo,
      note,
      week,
      streak,
      earlierWeek,
      noteShortened,
      shownToGroup,
    }) =>
      [
        `✅ Registrei ${hm(minutes)}${daysAgo === 1 ? ` para ontem (${dia(date, today)})` : ""}${note ? ` — ${note}` : ""}.`,
        ...(noteShortened ? ["✂️ Sua anotação era muito longa, então guardei só o começo."] : []),
        ...(shownToGroup
          ? [`A sua semana e a sua sequência: ${call(progressNames, "pt-BR")}, no privado.`]
          : [weekLinePt(week, earlierWeek), streakLinePt(streak)]),
      ].join("\n"),
    duplicate: () => "Esse check-in já tinha sido contado.",
    onlyTodayOrYesterday: ({ input }) =>
      `Só dá para registrar hoje ou ontem, então não registrei nada para “${input}”. Por exemplo: ${call(names, "pt-BR")} 2h ontem`,
    repeat: ({ minutes, daysAgo, form }) =>
      `Você registrou ${hm(minutes)}${daysAgo === 1 ? " para ontem" : ""} agora há pouco. Registrar mais ${hm(minutes)}? ${
        form
          ? `Para confirmar, faça o ${call(names, "pt-BR")} de novo com o mesmo tempo e o mesmo dia, e “de novo” na nota.`
          : `Mande ${call(names, "pt-BR", `${hm(minutes)}${daysAgo === 1 ? " ontem" : ""} de novo`)} para confirmar.`
      }`,
  },
};
