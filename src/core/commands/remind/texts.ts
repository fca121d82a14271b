// /remind in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "remind", aliases: { en: [], "pt-BR": ["lembrete"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "The time of your daily reminder",
    menu: "Time of your daily reminder, e.g. /remind 08:30",
    help: () => "/remind HH:MM — the time of your daily nudge, e.g. /remind 07:30",
    options: { time: { name: "time", description: "Reminder time, HH:MM (empty: show the current one)" } },
  },
  "pt-BR": {
    description: "O horário do seu lembrete diário",
    menu: "Horário do seu lembrete diário, ex.: /lembrete 08:30",
    help: () => "/lembrete (/remind) HH:MM — o horário do seu lembrete diário, ex.: /lembrete 07:30",
    options: { time: { name: "horario", description: "Horário do lembrete, HH:MM (vazio: mostra o atual)" } },
  },
};

/** What /remind answers. */
export type RemindReplies = {
  set(p: { time: string; zone: string }): string;
  current(p: { time: string; zone: string }): string;
  invalid(p: { input: string }): string;
};

export const replies: Record<Locale, RemindReplies> = {
  en: {
    set: ({ time, zone }) => `⏰ Daily nudges at ${time} (${zone}) from now on.`,
    current: ({ time, zone }) =>
      `Your daily nudge comes at ${time} (${zone}). Change it with e.g. /remind 07:30`,
    invalid: ({ input }) => `“${input}” is not a time of day. Use 24-hour HH:MM, e.g. /remind 07:30`,
  },
  "pt-BR": {
    set: ({ time, zone }) => `⏰ Lembretes diários às ${time} (${zone}) a partir de agora.`,
    current: ({ time, zone }) =>
      `O seu lembrete diário chega às ${time} (${zone}). Para mudar, ex.: /lembrete 07:30`,
    invalid: ({ input }) => `“${input}” não é um horário. Use HH:MM de 24 horas, ex.: /lembrete 07:30`,
  },
};
