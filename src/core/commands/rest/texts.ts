// /rest in both languages.

import { day as dayEn } from "../../messages/en/dates.js";
import { formatMinutes as hm } from "../../messages/format.js";
import { dia } from "../../messages/pt-BR/dates.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "rest", aliases: { en: [], "pt-BR": ["descanso", "descansar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Make today a rest day: your streak is kept (one a week)",
    menu: "Rest day today: streak kept, target lighter (one a week)",
    help: () => "/rest — today is a rest day: the streak is kept and the week's target shrinks (one a week)",
  },
  "pt-BR": {
    description: "Hoje é dia de descanso: a sua sequência fica guardada (um por semana)",
    menu: "Descanso hoje: sequência guardada, meta mais leve (um por semana)",
    help: () =>
      "/descanso (/rest) — hoje é dia de descanso: a sequência fica guardada e a meta da semana diminui (um por semana)",
  },
};

/** What /rest answers. */
export type RestReplies = {
  done(p: { targetMinutes: number; checkedIn: boolean }): string;
  already(p: Record<string, never>): string;
  usedThisWeek(p: { day: LocalDate; today: LocalDate }): string;
};

export const replies: Record<Locale, RestReplies> = {
  en: {
    done: ({ targetMinutes, checkedIn }) =>
      `😴 Today is a rest day: your streak is kept and this week's target is now ${hm(targetMinutes)}.${checkedIn ? " What you logged today still counts." : ""} Rest well!`,
    already: () => "😴 Today is already your rest day. Rest well!",
    usedThisWeek: ({ day, today }) =>
      `You already took ${dayEn(day, today)} as this week's rest day — it's one a week, so the streak keeps meaning something. A short session today keeps it going too.`,
  },
  "pt-BR": {
    done: ({ targetMinutes, checkedIn }) =>
      `😴 Hoje é dia de descanso: a sua sequência fica guardada e a meta desta semana passa a ${hm(targetMinutes)}.${checkedIn ? " O que você registrou hoje continua valendo." : ""} Bom descanso!`,
    already: () => "😴 Hoje já é o seu dia de descanso. Bom descanso!",
    usedThisWeek: ({ day, today }) =>
      `Você já tirou ${dia(day, today)} como descanso desta semana — é um por semana, para a sequência continuar valendo. Um estudo curto hoje também a mantém.`,
  },
};
