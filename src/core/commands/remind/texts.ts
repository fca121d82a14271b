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
    help: () => "/remind HH:MM|off — the time of your daily nudge, e.g. /remind 07:30 (or /remind off)",
    options: {
      time: { name: "time", description: "Reminder time, HH:MM, or off (empty: show the current one)" },
    },
  },
  "pt-BR": {
    description: "O horário do seu lembrete diário, ou desligar",
    menu: "Horário do seu lembrete diário, ex.: /lembrete 08:30 (ou /lembrete desligar)",
    help: () =>
      "/lembrete (/remind) HH:MM|desligar — o horário do seu lembrete diário, ex.: /lembrete 07:30 (ou /lembrete desligar)",
    options: {
      time: {
        name: "horario",
        description: "Horário do lembrete, HH:MM, ou desligar (vazio: mostra o atual)",
      },
    },
  },
};

/** What /remind answers. */
export type RemindReplies = {
  set(p: { time: string; zone: string }): string;
  current(p: { time: string; zone: string }): string;
  /** The daily nudge was just turned off. */
  off(p: Record<string, never>): string;
  /** A bare /remind while the daily nudge is off. */
  isOff(p: Record<string, never>): string;
  invalid(p: { input: string }): string;
};

export const replies: Record<Locale, RemindReplies> = {
  en: {
    set: ({ time, zone }) => `⏰ Daily nudges at ${time} (${zone}) from now on.`,
    current: ({ time, zone }) =>
      `Your daily nudge comes at ${time} (${zone}). Change it with e.g. ${call(names, "en", "07:30")}, or stop it with ${call(names, "en", "off")}.`,
    off: () =>
      `🔕 Daily nudges are off, and the Monday plan with them. To have them back, send a time, e.g. ${call(names, "en", "09:00")}.`,
    isOff: () =>
      `Your daily nudge is off. To turn it back on, send a time, e.g. ${call(names, "en", "09:00")}.`,
    invalid: ({ input }) =>
      `“${input}” is not a time of day. Use 24-hour HH:MM, e.g. ${call(names, "en", "07:30")} — or ${call(names, "en", "off")} to stop the daily nudge.`,
  },
  "pt-BR": {
    set: ({ time, zone }) => `⏰ Lembretes diários às ${time} (${zone}) a partir de agora.`,
    current: ({ time, zone }) =>
      `O seu lembrete diário chega às ${time} (${zone}). Para mudar, ex.: ${call(names, "pt-BR", "07:30")}; para desligar, ${call(names, "pt-BR", "desligar")}.`,
    off: () =>
      `🔕 Lembrete diário desligado (o plano de segunda-feira também). Para voltar a receber, mande um horário, ex.: ${call(names, "pt-BR", "09:00")}.`,
    isOff: () =>
      `O seu lembrete diário está desligado. Para religar, mande um horário, ex.: ${call(names, "pt-BR", "09:00")}.`,
    invalid: ({ input }) =>
      `“${input}” não é um horário. Use HH:MM de 24 horas, ex.: ${call(names, "pt-BR", "07:30")} — ou ${call(names, "pt-BR", "desligar")} para parar o lembrete diário.`,
  },
};
