// /progress in both languages.

import { day } from "../../messages/en/dates.js";
import {
  ledgerLines as ledgerLinesEn,
  paceLine as paceLineEn,
  positionLine as positionLineEn,
  streakLine as streakLineEn,
  weekLine as weekLineEn,
} from "../../messages/en/progressLines.js";
import { formatMinutes as hm } from "../../messages/format.js";
import { dia } from "../../messages/pt-BR/dates.js";
import {
  ledgerLines as ledgerLinesPt,
  paceLine as paceLinePt,
  positionLine as positionLinePt,
  streakLine as streakLinePt,
  weekLine as weekLinePt,
} from "../../messages/pt-BR/progressLines.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import type { StreakLedger } from "../../progress/streak.js";
import type { WeekProgress } from "../../progress/weekProgress.js";
import type { Locale } from "../../roadmap/types.js";
import type { LocalDate } from "../../time/dates.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";
import { squadStreakLine } from "../squad/texts.js";

export const names: CommandNames = { name: "progress", aliases: { en: [], "pt-BR": ["progresso"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "This week against the target, your streak and roadmap week",
    menu: "This week against the target, streak, roadmap week",
    help: ({ targetHours }) =>
      `/progress — this week against the ${targetHours}h target, streak, roadmap week`,
  },
  "pt-BR": {
    description: "A semana em relação à meta, a sua sequência e a semana do roadmap",
    menu: "A semana em relação à meta, sequência, semana do roadmap",
    help: ({ targetHours }) =>
      `/progresso (/progress) — a semana em relação à meta de ${targetHours}h, sequência, semana do roadmap`,
  },
};

/** What /progress answers. */
export type ProgressReplies = {
  report(p: {
    week: WeekProgress;
    streak: StreakLedger;
    position: RoadmapPosition;
    totalMinutes: number;
    today: LocalDate;
    /** The current week's tasks ticked, of how many; null outside the roadmap's weeks. */
    tasks: { done: number; of: number } | null;
    /** The member's squads (one per group they have one in), with the streak each keeps. */
    squads?: Array<{ name: string; streak: number }>;
  }): string;
  /** In a group: the report is in the private chat, through this link. */
  privateLink(p: { link: string }): string;
};

export const replies: Record<Locale, ProgressReplies> = {
  en: {
    report: ({ week, streak, position, totalMinutes, today, tasks, squads }) =>
      [
        `📊 Week of ${day(week.start, today)} to ${day(week.end, today)}`,
        weekLineEn(week),
        ...(tasks === null ? [] : [`Tasks: ${tasks.done}/${tasks.of} done this week`]),
        paceLineEn(week),
        streakLineEn(streak.days),
        ...ledgerLinesEn(streak, today),
        ...(squads ?? []).map((squad) => squadStreakLine.en(squad)),
        positionLineEn(position, today),
        `Total so far: ${hm(totalMinutes)}`,
      ].join("\n"),
    privateLink: ({ link }) =>
      `Your full progress is in our private chat, so the group stays readable: ${link}`,
  },
  "pt-BR": {
    report: ({ week, streak, position, totalMinutes, today, tasks, squads }) =>
      [
        `📊 Semana de ${dia(week.start, today)} a ${dia(week.end, today)}`,
        weekLinePt(week),
        ...(tasks === null ? [] : [`Tarefas: ${tasks.done}/${tasks.of} feitas nesta semana`]),
        paceLinePt(week),
        streakLinePt(streak.days),
        ...ledgerLinesPt(streak, today),
        ...(squads ?? []).map((squad) => squadStreakLine["pt-BR"](squad)),
        positionLinePt(position, today),
        `Total até agora: ${hm(totalMinutes)}`,
      ].join("\n"),
    privateLink: ({ link }) =>
      `O seu progresso completo fica na nossa conversa privada, para o grupo continuar legível: ${link}`,
  },
};
