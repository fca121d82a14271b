// /remind in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

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
