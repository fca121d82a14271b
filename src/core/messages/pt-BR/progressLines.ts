// Linhas que as respostas de progresso compartilham: a semana, o ritmo, a sequência, a semana do roadmap.
import { call } from "../../commands/names.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import { FREEZE_EVERY_DAYS, type StreakLedger } from "../../progress/streak.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import { daysBetween, type LocalDate } from "../../time/dates.js";
import { formatMinutes as hm } from "../format.js";
import { dia } from "./dates.js";

export function weekLine(w: WeekProgress, earlierWeek = false): string {
  return `${earlierWeek ? "Semana passada" : "Esta semana"}: ${hm(w.minutes)} de ${hm(w.targetMinutes)}\n${progressBar(w.percent)} ${w.percent}%`;
}

export function paceLine(w: WeekProgress): string {
  if (w.paceMinutes === 0) return "🎯 Meta da semana batida — muito bem!";
  if (w.outOfReach && w.daysLeft === 0)
    return "A meta desta semana ficou longe — cada hora ainda conta, e a sua sequência também.";
  if (w.outOfReach)
    return `A meta desta semana ficou longe. Para fechar bem a semana: cerca de ${hm(w.goodDayMinutes)} por dia, o que dá ${hm(w.reachableMinutes)} até domingo — cada hora conta, e a sua sequência também.`;
  const days = w.daysLeft === 1 ? "hoje" : `por dia nos ${w.daysLeft} dias que faltam`;
  return `Ritmo: ${hm(w.paceMinutes)} ${days} para bater a meta.`;
}

export function streakLine(streak: number): string {
  if (streak === 0) return "🔥 Sequência: nenhuma ainda — um check-in hoje começa uma.";
  return `🔥 Sequência: ${streak} ${streak === 1 ? "dia" : "dias"}`;
}

/** No que o número da sequência se apoia: proteções guardadas, uma gasta há pouco, uma sequência perdida. */
export function ledgerLines(ledger: StreakLedger, today: LocalDate): string[] {
  const lines: string[] = [];
  const frozen = ledger.frozen.at(-1);
  if (frozen !== undefined && daysBetween(frozen, today) <= 7) {
    lines.push(`🧊 Uma proteção manteve a sua sequência de ${ledger.days} dias em ${dia(frozen, today)}.`);
  }
  if (ledger.lost !== null && ledger.days <= 7 && daysBetween(ledger.lost.on, today) <= 14) {
    lines.push(
      `A sua sequência de ${ledger.lost.days} dias terminou em ${dia(ledger.lost.on, today)}: nenhum check-in nesse dia e nenhuma proteção guardada.`,
    );
  }
  if (ledger.days > 0) {
    lines.push(
      ledger.freezesHeld === 0
        ? `🧊 Nenhuma proteção guardada ainda: cada ${FREEZE_EVERY_DAYS} dias de sequência valem uma, e ela cobre um dia sem check-in.`
        : `🧊 ${ledger.freezesHeld === 1 ? "1 proteção guardada" : `${ledger.freezesHeld} proteções guardadas`}: um dia sem check-in gasta uma, não a sua sequência.`,
    );
  }
  return lines;
}

export function positionLine(p: RoadmapPosition, today: LocalDate): string {
  switch (p.kind) {
    case "unset":
      return `🗺️ Roadmap: mande ${call(startNames, "pt-BR")} para marcar o seu dia 1.`;
    case "upcoming":
      return `🗺️ O roadmap começa em ${dia(p.startDate, today)} (daqui a ${p.daysUntil} ${p.daysUntil === 1 ? "dia" : "dias"}).`;
    case "week":
      return `🗺️ Semana ${p.week.number} de ${p.totalWeeks} do roadmap: ${p.week.focus["pt-BR"]}`;
    case "finished":
      return `🗺️ Você concluiu as ${p.totalWeeks} semanas do roadmap — siga revisando e treinando entrevistas.`;
  }
}
