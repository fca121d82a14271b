// /remind in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "remind", aliases: { en: [], "pt-BR": ["lembrete"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "The time of your daily reminder, or off",
    menu: "Time of your daily reminder, e.g. /remind 08:30 (or /remind off)",
    help: () =>
      "/remind HH:MM|off — the time of your daily nudge, e.g. /remind 07:30 (or /remind off); /remind done off skips it on days you've already logged",
    options: {
      time: {
        name: "time",
        description: "Reminder time, HH:MM, or off; done off: none on days already logged",
      },
    },
  },
  "pt-BR": {
    description: "O horário do seu lembrete diário, ou desligar",
    menu: "Horário do seu lembrete diário, ex.: /lembrete 08:30 (ou /lembrete desligar)",
    help: () =>
      "/lembrete (/remind) HH:MM|desligar — o horário do seu lembrete diário, ex.: /lembrete 07:30 (ou /lembrete desligar); /lembrete feito desligar pula o lembrete nos dias em que você já registrou",
    options: {
      time: {
        name: "horario",
        description: "Horário, HH:MM, ou desligar; feito desligar: nada nos dias já registrados",
      },
    },
  },
};

/** What /remind answers. */
export type RemindReplies = {
  /** `reachable`: its DMs reach the member, so it comes "from now on". */
  set(p: { time: string; zone: string; reachable: boolean }): string;
  current(p: { time: string; zone: string }): string;
  /** The daily nudge was just turned off. */
  off(p: Record<string, never>): string;
  /** A bare /remind while the daily nudge is off. */
  isOff(p: Record<string, never>): string;
  invalid(p: { input: string }): string;
  /** Whether a day with a check-in still gets the daily nudge: as it is, and just changed. */
  whenDone(p: { on: boolean }): string;
  whenDoneSet(p: { on: boolean }): string;
  invalidDone(p: { input: string }): string;
};

export const replies: Record<Locale, RemindReplies> = {
  en: {
    set: ({ time, zone, reachable }) =>
      `⏰ Daily nudges at ${time} (${zone})${reachable ? " from now on" : ""}.`,
    current: ({ time, zone }) =>
      `Your daily nudge comes at ${time} (${zone}). Change it with e.g. ${call(names, "en", "07:30")}, or stop it with ${call(names, "en", "off")}.`,
    off: () =>
      `🔕 Daily nudges are off, and the Monday plan with them. To have them back, send a time, e.g. ${call(names, "en", "09:00")}.`,
    isOff: () =>
      `Your daily nudge is off. To turn it back on, send a time, e.g. ${call(names, "en", "09:00")}.`,
    invalid: ({ input }) =>
      `“${input}” is not a time of day. Use 24-hour HH:MM, e.g. ${call(names, "en", "07:30")} — or ${call(names, "en", "off")} to stop the daily nudge.`,
    whenDone: ({ on }) =>
      on
        ? `On a day you've already logged, the daily nudge still comes, with what's done and the next task. To skip it on those days: ${call(names, "en", "done off")}.`
        : `On a day you've already logged, there's no daily nudge. To have it back: ${call(names, "en", "done on")}.`,
    invalidDone: ({ input }) =>
      `I couldn't read “${input}”. Say ${call(names, "en", "done off")} to skip the daily nudge on days you've already logged, or ${call(names, "en", "done on")} to have it every day.`,
    whenDoneSet: ({ on }) =>
      on
        ? "👍 The daily nudge comes every day again, with what's done and the next task once you've logged."
        : `👍 No daily nudge on days you've already logged. To have it back: ${call(names, "en", "done on")}.`,
  },
  "pt-BR": {
    set: ({ time, zone, reachable }) =>
      `⏰ Lembretes diários às ${time} (${zone})${reachable ? " a partir de agora" : ""}.`,
    current: ({ time, zone }) =>
      `O seu lembrete diário chega às ${time} (${zone}). Para mudar, ex.: ${call(names, "pt-BR", "07:30")}; para desligar, ${call(names, "pt-BR", "desligar")}.`,
    off: () =>
      `🔕 Lembrete diário desligado (o plano de segunda-feira também). Para voltar a receber, mande um horário, ex.: ${call(names, "pt-BR", "09:00")}.`,
    isOff: () =>
      `O seu lembrete diário está desligado. Para religar, mande um horário, ex.: ${call(names, "pt-BR", "09:00")}.`,
    invalid: ({ input }) =>
      `“${input}” não é um horário. Use HH:MM de 24 horas, ex.: ${call(names, "pt-BR", "07:30")} — ou ${call(names, "pt-BR", "desligar")} para parar o lembrete diário.`,
    whenDone: ({ on }) =>
      on
        ? `Nos dias em que você já registrou, o lembrete diário chega do mesmo jeito, com o que já foi feito e a próxima tarefa. Para não receber nesses dias: ${call(names, "pt-BR", "feito desligar")}.`
        : `Nos dias em que você já registrou, não chega lembrete diário. Para voltar a receber: ${call(names, "pt-BR", "feito ligar")}.`,
    invalidDone: ({ input }) =>
      `Não entendi “${input}”. Mande ${call(names, "pt-BR", "feito desligar")} para pular o lembrete nos dias em que você já registrou, ou ${call(names, "pt-BR", "feito ligar")} para receber todo dia.`,
    whenDoneSet: ({ on }) =>
      on
        ? "👍 O lembrete diário volta a chegar todo dia — depois do registro, com o que já foi feito e a próxima tarefa."
        : `👍 Nada de lembrete diário nos dias em que você já registrou. Para voltar a receber: ${call(names, "pt-BR", "feito ligar")}.`,
  },
};
