// /timezone in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "timezone", aliases: { en: [], "pt-BR": ["fuso"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Your timezone: your city or an offset, e.g. Lisbon, São Paulo, UTC-3",
    menu: "Your timezone, e.g. /timezone Lisbon or /timezone UTC-3",
    help: () => "/timezone <city or offset> — e.g. /timezone São Paulo, /timezone Lisbon, /timezone UTC-3",
    options: { zone: { name: "zone", description: "Your city or an offset, e.g. Lisbon or UTC-3" } },
  },
  "pt-BR": {
    description: "Seu fuso horário: sua cidade ou a diferença do UTC, ex.: São Paulo, Lisboa, UTC-3",
    menu: "O seu fuso horário, ex.: /fuso São Paulo ou /fuso UTC-3",
    help: () => "/fuso (/timezone) <cidade ou UTC±h> — ex.: /fuso São Paulo, /fuso Lisboa, /fuso UTC-3",
    options: {
      zone: { name: "fuso", description: "A sua cidade ou a diferença do UTC, ex.: Manaus ou UTC-4" },
    },
  },
};

/** What /timezone answers. `zone` arrives as it reads ("America/Sao_Paulo", "UTC-3"). */
export type TimezoneReplies = {
  set(p: { zone: string; localTime: string }): string;
  /** A fixed offset: right now, but daylight saving time will not move it. */
  setFixed(p: { zone: string; localTime: string }): string;
  current(p: { zone: string; localTime: string }): string;
  unknown(p: { input: string; suggestions: string[] }): string;
};

const en = (args: string) => `${call(names, "en")} ${args}`;
const pt = (args: string) => `${call(names, "pt-BR")} ${args}`;

export const replies: Record<Locale, TimezoneReplies> = {
  en: {
    set: ({ zone, localTime }) => `🕒 Timezone set to ${zone} — it's ${localTime} for you now.`,
    setFixed: ({ zone, localTime }) =>
      `🕒 Timezone set to ${zone} — it's ${localTime} for you now. A fixed offset does not follow daylight saving time: if your clocks change, send your city instead, e.g. ${en("Lisbon")}.`,
    current: ({ zone, localTime }) =>
      `Your timezone is ${zone} (it's ${localTime} for you now). To change it, send your city or an offset, e.g. ${en("Lisbon")} or ${en("UTC-3")}.`,
    unknown: ({ input, suggestions }) =>
      `“${input}” is not a timezone I know.${suggestions.length > 0 ? ` Closest: ${suggestions.join(", ")}.` : ""} Send your city or an offset, e.g. ${en("São Paulo")} or ${en("UTC-3")}.`,
  },
  "pt-BR": {
    set: ({ zone, localTime }) => `🕒 Fuso horário definido: ${zone} — agora são ${localTime} aí.`,
    setFixed: ({ zone, localTime }) =>
      `🕒 Fuso horário definido: ${zone} — agora são ${localTime} aí. Um horário fixo em relação ao UTC não muda com o horário de verão: se o relógio aí muda, mande a sua cidade, ex.: ${pt("Lisboa")}.`,
    current: ({ zone, localTime }) =>
      `O seu fuso horário é ${zone} (agora são ${localTime} aí). Para mudar, mande a sua cidade ou a diferença do UTC, ex.: ${pt("Lisboa")} ou ${pt("UTC-3")}.`,
    unknown: ({ input, suggestions }) =>
      `Não conheço o fuso “${input}”.${suggestions.length > 0 ? ` Os mais parecidos: ${suggestions.join(", ")}.` : ""} Mande a sua cidade ou a diferença do UTC, ex.: ${pt("São Paulo")} ou ${pt("UTC-3")}.`,
  },
};
