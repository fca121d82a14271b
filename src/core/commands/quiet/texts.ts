// /quiet in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "quiet", aliases: { en: [], "pt-BR": ["silencio", "silêncio"] } };

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
      "/silencio (/quiet) HH:MM-HH:MM|desligar — horas em que nada é enviado, ex.: /silencio 22:00-07:00",
    options: {
      range: {
        name: "intervalo",
        description: "HH:MM-HH:MM, ex.: 22:00-07:00, ou desligar (vazio: mostra o atual)",
      },
    },
  },
};

/** What /quiet answers. */
export type QuietReplies = {
  set(p: { start: string; end: string }): string;
  off(p: Record<string, never>): string;
  current(p: { range: { start: string; end: string } | null }): string;
  invalid(p: { input: string }): string;
};

export const replies: Record<Locale, QuietReplies> = {
  en: {
    set: ({ start, end }) => `🤫 Quiet hours ${start}–${end}: nothing will be sent in between.`,
    off: () => "Quiet hours are off.",
    current: ({ range }) =>
      range
        ? `Quiet hours: ${range.start}–${range.end}. Change with e.g. /quiet 22:00-07:00, or /quiet off.`
        : "No quiet hours set. For example: /quiet 22:00-07:00",
    invalid: ({ input }) => `“${input}” is not a time range. For example: /quiet 22:00-07:00, or /quiet off`,
  },
  "pt-BR": {
    set: ({ start, end }) => `🤫 Horário de silêncio ${start}–${end}: nada será enviado nesse intervalo.`,
    off: () => "Horário de silêncio desligado.",
    current: ({ range }) =>
      range
        ? `Horário de silêncio: ${range.start}–${range.end}. Para mudar, ex.: /silencio 22:00-07:00, ou /silencio desligar.`
        : "Sem horário de silêncio. Por exemplo: /silencio 22:00-07:00",
    invalid: ({ input }) =>
      `“${input}” não é um intervalo de horário. Por exemplo: /silencio 22:00-07:00, ou /silencio desligar`,
  },
};
