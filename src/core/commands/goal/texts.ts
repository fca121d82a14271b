// /goal in both languages.
import { formatMinutes as hm } from "../../messages/format.js";
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "goal", aliases: { en: [], "pt-BR": ["meta"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Your own weekly goal in hours, 2 to 40",
    menu: "Your weekly goal, e.g. /goal 12h",
    help: ({ targetHours }) =>
      `/goal [hours] — your own weekly goal, 2h to 40h (default ${targetHours}h), e.g. /goal 12h`,
    options: { hours: { name: "hours", description: "Hours a week, e.g. 12h, or default (empty: show it)" } },
  },
  "pt-BR": {
    description: "A sua própria meta semanal em horas, de 2 a 40",
    menu: "A sua meta semanal, ex.: /meta 12h",
    help: ({ targetHours }) =>
      `/meta (/goal) [horas] — a sua meta semanal, de 2h a 40h (padrão: ${targetHours}h), ex.: /meta 12h`,
    options: {
      hours: { name: "horas", description: "Horas por semana, ex.: 12h, ou padrão (vazio: mostra a atual)" },
    },
  },
};

/** What /goal answers. `thisWeek` is the target of the week under way, less its days off. */
export type GoalReplies = {
  set(p: { goalMinutes: number; thisWeek: number; weekMinutes: number }): string;
  reset(p: { goalMinutes: number; thisWeek: number; weekMinutes: number }): string;
  current(p: { goalMinutes: number; own: boolean; roadmapMinutes: number }): string;
  unreadable(p: { input: string }): string;
  outOfRange(p: { input: string }): string;
};

const en = (args: string) => `${call(names, "en")} ${args}`;
const pt = (args: string) => `${call(names, "pt-BR")} ${args}`;

const weekEn = (thisWeek: number, goal: number, done: number) =>
  thisWeek === goal
    ? `This week: ${hm(done)} of ${hm(thisWeek)}.`
    : `This week counts ${hm(thisWeek)} (days off are not asked for): ${hm(done)} so far.`;
const weekPt = (thisWeek: number, goal: number, done: number) =>
  thisWeek === goal
    ? `Esta semana: ${hm(done)} de ${hm(thisWeek)}.`
    : `Esta semana vale ${hm(thisWeek)} (os dias de folga não entram na conta): ${hm(done)} até agora.`;

export const replies: Record<Locale, GoalReplies> = {
  en: {
    set: ({ goalMinutes, thisWeek, weekMinutes }) =>
      `🎯 Your weekly goal is now ${hm(goalMinutes)}. ${weekEn(thisWeek, goalMinutes, weekMinutes)}`,
    reset: ({ goalMinutes, thisWeek, weekMinutes }) =>
      `🎯 Back to the roadmap's goal: ${hm(goalMinutes)} a week. ${weekEn(thisWeek, goalMinutes, weekMinutes)}`,
    current: ({ goalMinutes, own, roadmapMinutes }) =>
      own
        ? `🎯 Your weekly goal: ${hm(goalMinutes)}. Change it with e.g. ${en("12h")}; back to the roadmap's ${hm(roadmapMinutes)}: ${en("default")}`
        : `🎯 Your weekly goal: ${hm(goalMinutes)}, the roadmap's. Make it yours with e.g. ${en("12h")} — anything from 2h to 40h.`,
    unreadable: ({ input }) =>
      `I couldn't read “${input}” as hours a week. For example: ${en("12h")} or ${en("7h30")}`,
    outOfRange: ({ input }) =>
      `${input} is outside what a weekly goal can be: pick from 2h to 40h, e.g. ${en("12h")}.`,
  },
  "pt-BR": {
    set: ({ goalMinutes, thisWeek, weekMinutes }) =>
      `🎯 A sua meta semanal agora é de ${hm(goalMinutes)}. ${weekPt(thisWeek, goalMinutes, weekMinutes)}`,
    reset: ({ goalMinutes, thisWeek, weekMinutes }) =>
      `🎯 De volta à meta do roadmap: ${hm(goalMinutes)} por semana. ${weekPt(thisWeek, goalMinutes, weekMinutes)}`,
    current: ({ goalMinutes, own, roadmapMinutes }) =>
      own
        ? `🎯 A sua meta semanal: ${hm(goalMinutes)}. Para mudar, ex.: ${pt("12h")}; para voltar às ${hm(roadmapMinutes)} do roadmap: ${pt("padrão")}`
        : `🎯 A sua meta semanal: ${hm(goalMinutes)}, a do roadmap. Para definir a sua, ex.: ${pt("12h")} — pode ser de 2h a 40h.`,
    unreadable: ({ input }) =>
      `Não entendi “${input}” como horas por semana. Por exemplo: ${pt("12h")} ou ${pt("7h30")}`,
    outOfRange: ({ input }) => `${input} não cabe numa meta semanal: escolha de 2h a 40h, ex.: ${pt("12h")}.`,
  },
};
