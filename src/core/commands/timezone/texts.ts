// /timezone in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "timezone", aliases: { en: [], "pt-BR": ["fuso"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Your timezone, e.g. America/Sao_Paulo",
    menu: "Your timezone, e.g. /timezone America/Sao_Paulo",
    help: () => "/timezone <zone> — e.g. /timezone America/Sao_Paulo",
    options: { zone: { name: "zone", description: "An IANA timezone, e.g. Europe/Lisbon" } },
  },
  "pt-BR": {
    description: "Seu fuso horário, ex.: America/Sao_Paulo",
    menu: "O seu fuso horário, ex.: /fuso America/Sao_Paulo",
    help: () => "/fuso (/timezone) <fuso> — ex.: /fuso America/Sao_Paulo",
    options: { zone: { name: "fuso", description: "Um fuso IANA, ex.: Europe/Lisbon" } },
  },
};

/** What /timezone answers. */
export type TimezoneReplies = {
  set(p: { zone: string; localTime: string }): string;
  current(p: { zone: string }): string;
  unknown(p: { input: string }): string;
};

export const replies: Record<Locale, TimezoneReplies> = {
  en: {
    set: ({ zone, localTime }) => `🕒 Timezone set to ${zone} (it's ${localTime} there now).`,
    current: ({ zone }) =>
      `Your timezone is ${zone}. To change it: /timezone America/Sao_Paulo, /timezone Europe/Lisbon…`,
    unknown: ({ input }) =>
      `“${input}” is not a timezone I know. Use an IANA name such as America/Sao_Paulo, Europe/Lisbon or America/New_York, e.g. /timezone America/Sao_Paulo`,
  },
  "pt-BR": {
    set: ({ zone, localTime }) => `🕒 Fuso horário definido: ${zone} (agora são ${localTime} lá).`,
    current: ({ zone }) =>
      `O seu fuso horário é ${zone}. Para mudar: /fuso America/Sao_Paulo, /fuso Europe/Lisbon…`,
    unknown: ({ input }) =>
      `“${input}” não é um fuso horário que eu conheça. Use um nome IANA, como America/Sao_Paulo, Europe/Lisbon ou America/Manaus, ex.: /fuso America/Sao_Paulo`,
  },
};
