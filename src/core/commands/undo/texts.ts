// /undo in both languages.

import { day } from "../../messages/en/dates.js";
import { weekLine as weekLineEn } from "../../messages/en/progressLines.js";
import { formatMinutes as hm } from "../../messages/format.js";
import { dia } from "../../messages/pt-BR/dates.js";
import { weekLine as weekLinePt } from "../../messages/pt-BR/progressLines.js";
import type { WeekProgress } from "../../progress/weekProgress.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import { type CommandNames, call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "undo", aliases: { en: [], "pt-BR": ["desfazer"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Remove your most recent check-in (within 24 h)",
    menu: "Remove your latest check-in",
    options: { confirm: { name: "confirm", description: "yes: remove a check-in of an earlier day" } },
    help: () => "/undo [yes] — remove your latest check-in (within 24h); yes confirms one of an earlier day",
  },
  "pt-BR": {
    description: "Remove seu check-in mais recente (até 24 h)",
    menu: "Remover o seu último check-in",
    options: { confirm: { name: "confirmar", description: "sim: remove um check-in de um dia anterior" } },
    help: () =>
      "/desfazer (/undo) [sim] — remove o seu último check-in (até 24h); sim confirma um de dia anterior",
  },
};

/** What /undo answers. */
export type UndoReplies = {
  removed(p: {
    minutes: number;
    date: LocalDate;
    today: LocalDate;
    note: string | null;
    week: WeekProgress;
    /** The entry was last week's: the total shown is that week's. */
    earlierWeek: boolean;
  }): string;
  /** The latest entry is an earlier day's, logged a while ago: named, not removed. */
  /** `button`: the platform confirms with a button (its label: confirmButton), the typed word still works. */
  confirm(p: {
    minutes: number;
    date: LocalDate;
    today: LocalDate;
    note: string | null;
    button: boolean;
  }): string;
  confirmButton(p: Record<string, never>): string;
  nothing(p: { hours: number }): string;
  unknownWord(p: Record<string, never>): string;
};

export const replies: Record<Locale, UndoReplies> = {
  en: {
    removed: ({ minutes, date, today, note, week, earlierWeek }) =>
      `↩️ Removed ${hm(minutes)} from ${day(date, today)}${note ? ` (${note})` : ""}.\n${weekLineEn(week, earlierWeek)}`,
    confirm: ({ minutes, date, today, note, button }) =>
      `Your latest check-in is ${hm(minutes)} on ${day(date, today)}${note ? ` (${note})` : ""}, an earlier day. ${button ? `To remove it, tap the button below (or send ${call(names, "en", "yes")}).` : `To remove it, send ${call(names, "en", "yes")}.`}`,
    confirmButton: () => "↩️ Remove it",
    nothing: ({ hours }) => `There is no check-in from the last ${hours}h to undo.`,
    unknownWord: () =>
      `${call(names, "en")} removes your latest check-in; there is nothing to add. For example: ${call(names, "en")}`,
  },
  "pt-BR": {
    removed: ({ minutes, date, today, note, week, earlierWeek }) =>
      `↩️ Removi ${hm(minutes)} de ${dia(date, today)}${note ? ` (${note})` : ""}.\n${weekLinePt(week, earlierWeek)}`,
    confirm: ({ minutes, date, today, note, button }) =>
      `O seu último check-in é de ${hm(minutes)} em ${dia(date, today)}${note ? ` (${note})` : ""}, um dia anterior. ${button ? `Para removê-lo, toque no botão abaixo (ou mande ${call(names, "pt-BR", "sim")}).` : `Para removê-lo, mande ${call(names, "pt-BR", "sim")}.`}`,
    confirmButton: () => "↩️ Remover",
    nothing: ({ hours }) => `Não há check-in das últimas ${hours}h para desfazer.`,
    unknownWord: () =>
      `${call(names, "pt-BR")} remove o seu último check-in; não precisa de mais nada. Por exemplo: ${call(names, "pt-BR")}`,
  },
};
