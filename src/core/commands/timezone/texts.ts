// /timezone in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

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
