// Linhas que as respostas de progresso compartilham: a semana, o ritmo, a sequência, a semana do roadmap.
import { call } from "../../commands/names.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import type { LocalDate } from "../../time/dates.js";
import { formatMinutes as hm } from "../format.js";
import { dia } from "./dates.js";

export function weekLine(w: WeekProgress, earlierWeek = false): string {
  return `${earlierWeek ? "Semana passada" : "Esta semana"}: ${hm(w.minutes)} de ${hm(w.targetMinutes)}\n${progressBar(w.percent)} ${w.percent}%`;
}

export function paceLine(w: WeekProgress): string {
  if (w.paceMinutes === 0) return "🎯 Meta da semana batida — muito bem!";
  if (w.outOfReach)
    return "A meta desta semana ficou longe — cada hora ainda conta, e a sua sequência também.";
  const days = w.daysLeft === 1 ? "hoje" : `por dia nos ${w.daysLeft} dias que faltam`;
  return `Ritmo: ${hm(w.paceMinutes)} ${days} para bater a meta.`;
}

export function streakLine(streak: number): string {
  if (streak === 0) return "🔥 Sequência: nenhuma ainda — um check-in hoje começa uma.";
  return `🔥 Sequência: ${streak} ${streak === 1 ? "dia" : "dias"}`;
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
