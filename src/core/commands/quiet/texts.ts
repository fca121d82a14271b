// /quiet in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Hours when I send you nothing",
    menu: "Hours with no messages, e.g. /quiet 22:00-07:00, or off",
    help: () => "/quiet HH:MM-HH:MM|off — hours when nothing is sent, e.g. /quiet 22:00-07:00",
    options: {
      range: {
        name: "range",
        description: "HH:MM-HH:MM, e.g. 22:00-07:00, or off (empty: show the current one)",
      },
    },
  },
  "pt-BR": {
    description: "Horários em que não envio nada",
    menu: "Horas sem mensagens, ex.: /silencio 22:00-07:00, ou desligar",
    help: () =>
      "/silencio (/quiet) HH:MM-HH:MM|off — horas em que nada é enviado, ex.: /silencio 22:00-07:00",
    options: {
      range: {
        name: "intervalo",
        description: "HH:MM-HH:MM, ex.: 22:00-07:00, ou desligar (vazio: mostra o atual)",
      },
    },
  },
};
