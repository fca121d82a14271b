// /evening in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "evening", aliases: { en: [], "pt-BR": ["noite"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "When the evening streak saver comes, or off",
    menu: "Time of the evening streak saver, e.g. /evening 21:00 (or /evening off)",
    help: () =>
      "/evening HH:MM|off — when the streak saver comes on a day without a check-in, e.g. /evening 21:00 (or /evening off)",
    options: { time: { name: "time", description: "HH:MM, or off (empty: show the current one)" } },
  },
  "pt-BR": {
    description: "Quando chega o aviso da noite que salva a sequência, ou desligar",
    menu: "Horário do aviso da noite, ex.: /noite 21:00 (ou /noite desligar)",
    help: () =>
      "/noite (/evening) HH:MM|desligar — quando chega o aviso num dia sem check-in, ex.: /noite 21:00 (ou /noite desligar)",
    options: { time: { name: "horario", description: "HH:MM, ou desligar (vazio: mostra o atual)" } },
  },
};

/** What /evening answers. */
export type EveningReplies = {
  /** `reachable`: its DMs reach the member, so it comes "from now on". */
  set(p: { time: string; zone: string; reachable: boolean }): string;
  current(p: { time: string; zone: string }): string;
  off(p: Record<string, never>): string;
  isOff(p: Record<string, never>): string;
  invalid(p: { input: string }): string;
};

const en = (args: string) => call(names, "en", args);
const pt = (args: string) => call(names, "pt-BR", args);

export const replies: Record<Locale, EveningReplies> = {
  en: {
    set: ({ time, zone, reachable }) =>
      `🌙 On a day without a check-in, the streak saver comes at ${time} (${zone})${reachable ? " from now on" : ""}.`,
    current: ({ time, zone }) =>
      `The streak saver comes at ${time} (${zone}) on a day without a check-in. Move it with e.g. ${en("21:30")}, or stop it with ${en("off")}.`,
    off: () => `🔕 The evening streak saver is off. To have it back, send a time, e.g. ${en("20:00")}.`,
    isOff: () => `The evening streak saver is off. To turn it back on, send a time, e.g. ${en("20:00")}.`,
    invalid: ({ input }) =>
      `“${input}” is not a time of day. Use 24-hour HH:MM, e.g. ${en("21:30")} — or ${en("off")} to stop it.`,
  },
  "pt-BR": {
    set: ({ time, zone, reachable }) =>
      `🌙 Num dia sem check-in, o aviso da noite chega às ${time} (${zone})${reachable ? " a partir de agora" : ""}.`,
    current: ({ time, zone }) =>
      `O aviso da noite chega às ${time} (${zone}) num dia sem check-in. Para mudar, ex.: ${pt("21:30")}; para desligar, ${pt("desligar")}.`,
    off: () => `🔕 Aviso da noite desligado. Para voltar a receber, mande um horário, ex.: ${pt("20:00")}.`,
    isOff: () => `O aviso da noite está desligado. Para religar, mande um horário, ex.: ${pt("20:00")}.`,
    invalid: ({ input }) =>
      `“${input}” não é um horário. Use HH:MM de 24 horas, ex.: ${pt("21:30")} — ou ${pt("desligar")} para parar o aviso.`,
  },
};
