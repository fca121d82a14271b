// /undo in both languages.

import { weekLine as weekLineEn } from "../../messages/en/progressLines.js";
import { formatMinutes as hm } from "../../messages/format.js";
import { br } from "../../messages/pt-BR/dates.js";
import { weekLine as weekLinePt } from "../../messages/pt-BR/progressLines.js";
import type { WeekProgress } from "../../progress/weekProgress.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "undo", aliases: { en: [], "pt-BR": ["desfazer"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Remove your most recent check-in (within 24 h)",
    menu: "Remove your latest check-in",
    help: () => "/undo — remove your latest check-in (within 24h)",
  },
  "pt-BR": {
    description: "Remove seu check-in mais recente (até 24 h)",
    menu: "Remover o seu último check-in",
    help: () => "/desfazer (/undo) — remove o seu último check-in (até 24h)",
  },
};

/** What /undo answers. */
export type UndoReplies = {
  removed(p: { minutes: number; date: LocalDate; note: string | null; week: WeekProgress }): string;
  nothing(p: { hours: number }): string;
};

export const replies: Record<Locale, UndoReplies> = {
  en: {
    removed: ({ minutes, date, note, week }) =>
      `↩️ Removed ${hm(minutes)} from ${date}${note ? ` (${note})` : ""}.\n${weekLineEn(week)}`,
    nothing: ({ hours }) => `There is no check-in from the last ${hours}h to undo.`,
  },
  "pt-BR": {
    removed: ({ minutes, date, note, week }) =>
      `↩️ Removi ${hm(minutes)} de ${br(date)}${note ? ` (${note})` : ""}.\n${weekLinePt(week)}`,
    nothing: ({ hours }) => `Não há check-in das últimas ${hours}h para desfazer.`,
  },
};
