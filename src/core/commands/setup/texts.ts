// /setup in both languages, and the names of its choices.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { Choice, CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "setup", aliases: { en: [], "pt-BR": ["configurar"] } };

const DAYS: Array<[string, string, string]> = [
  ["monday", "Monday", "Segunda-feira"],
  ["tuesday", "Tuesday", "Terça-feira"],
  ["wednesday", "Wednesday", "Quarta-feira"],
  ["thursday", "Thursday", "Quinta-feira"],
  ["friday", "Friday", "Sexta-feira"],
  ["saturday", "Saturday", "Sábado"],
  ["sunday", "Sunday", "Domingo"],
];

export const WEEKDAYS: Choice[] = DAYS.map(([value, en, pt]) => ({ value, label: { en, "pt-BR": pt } }));

export const CHECKINS: Choice[] = [
  {
    value: "public",
    label: { en: "Public: everyone in the channel sees them", "pt-BR": "Públicas: todos no canal veem" },
  },
  {
    value: "private",
    label: { en: "Private: only the member who checks in", "pt-BR": "Privadas: só quem faz o check-in" },
  },
];

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Set the study channel, timezone and weekly summary time",
    menu: "Admins: post the group's weekly summary here",
    help: () =>
      "/setup [timezone] [weekday] [HH:MM] [public|private] — group admins: post the weekly summary here",
    options: {
      channel: { name: "channel", description: "Where the weekly summary is posted" },
      timezone: { name: "timezone", description: "The group's timezone" },
      day: { name: "day", description: "The day of the weekly summary" },
      time: { name: "time", description: "The time of the weekly summary, HH:MM" },
      checkins: {
        name: "checkins",
        description: "Who sees check-in confirmations here (empty: keep the current choice)",
      },
    },
  },
  "pt-BR": {
    description: "Define o canal de estudo, o fuso e o horário do resumo semanal",
    menu: "Admins: publicar aqui o resumo semanal do grupo",
    help: () =>
      "/configurar (/setup) [fuso] [dia] [HH:MM] [público|privado] — admins do grupo: o resumo semanal vai para este chat",
    options: {
      channel: { name: "canal", description: "Onde o resumo semanal é publicado" },
      timezone: { name: "fuso", description: "O fuso horário do grupo" },
      day: { name: "dia", description: "O dia do resumo semanal" },
      time: { name: "horario", description: "O horário do resumo semanal, HH:MM" },
      checkins: {
        name: "checkins",
        description: "Quem vê as confirmações de check-in aqui (vazio: mantém a escolha atual)",
      },
    },
  },
};
