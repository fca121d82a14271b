// Textos dos lembretes, resumos e comandos de agenda.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as doneNames } from "../../commands/done/texts.js";
import { names as goalNames } from "../../commands/goal/texts.js";
import { names as mockNames } from "../../commands/mock/texts.js";
import { call } from "../../commands/names.js";
import { names as pauseNames } from "../../commands/pause/texts.js";
import { askForPlan, planLines } from "../../commands/plan/texts.js";
import { resourcesLine } from "../../commands/roadmap/texts.js";
import { squadEveningLine } from "../../commands/squad/texts.js";
import { names as startNames } from "../../commands/start/texts.js";
import { topicWord } from "../../mock/topics.js";
import type { RedrillHint } from "../../nudges/ports.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import type { LocalDate } from "../../time/dates.js";
import { boardLines, formatMinutes as hm } from "../format.js";
import type { FreshStart, ScheduleMessages } from "../schedule.js";
import { dia } from "./dates.js";

const CHECKIN = call(checkinNames, "pt-BR");
const DONE = call(doneNames, "pt-BR");
const MOCK = call(mockNames, "pt-BR");
const START = call(startNames, "pt-BR");

const GOAL = call(goalNames, "pt-BR");
const PAUSE = call(pauseNames, "pt-BR");
const MONTHS = [
  "janeiro",
  "fevereiro",
  "março",
  "abril",
  "maio",
  "junho",
  "julho",
  "agosto",
  "setembro",
  "outubro",
  "novembro",
  "dezembro",
];

/** Uma pergunta que volta nesta semana, depois de uma resposta fraca. */
function redrillLine(redrill: RedrillHint | null | undefined, today: LocalDate | undefined): string[] {
  if (redrill == null || today === undefined) return [];
  return [
    `🔁 Revisão da semana: ${redrill.questionId} (${redrill.topic.name["pt-BR"]}), ${redrill.score}/10 em ${dia(redrill.on, today)} — ${MOCK} ${topicWord(redrill.topic, "pt-BR")} traz a pergunta de volta.`,
  ];
}

function freshStartLine(fresh: FreshStart): string[] {
  if (fresh === null) return [];
  if (fresh.kind === "roadmapMonth") return [`✨ ${fresh.title["pt-BR"]} — um novo começo.`];
  return [`✨ Primeira semana de ${MONTHS[fresh.month - 1] ?? "mês"}: um bom momento para recomeçar.`];
}

const WEEKDAYS = [
  "segunda-feira",
  "terça-feira",
  "quarta-feira",
  "quinta-feira",
  "sexta-feira",
  "sábado",
  "domingo",
];
const PERIODS = { this: "esta semana", last: "semana passada", all: "desde o início" } as const;

function dailyPace(progress: WeekProgress): string {
  if (progress.paceMinutes === 0) return "meta batida!";
  if (progress.outOfReach) return "a meta desta semana ficou longe, mas a hora de hoje ainda conta.";
  return `com cerca de ${hm(progress.paceMinutes)} por dia você bate a meta.`;
}

function trend(now: number, before: number): string {
  if (now > before) return "▲ acima das";
  if (now < before) return "▼ abaixo das";
  return "= igual às";
}

const share = ({ done, of }: { done: number; of: number }) => Math.round((100 * done) / of);

export const schedule: ScheduleMessages = {
  weekday: ({ index }) => WEEKDAYS[index] ?? "?",

  "nudge.daily": ({ name, week, totalWeeks, task, progress }) =>
    [
      `☀️ Oi, ${name}! Semana ${week.number} de ${totalWeeks}: ${week.focus["pt-BR"]}`,
      `Tarefa de hoje: ${task["pt-BR"]}`,
      `Esta semana: ${hm(progress.minutes)} de ${hm(progress.targetMinutes)} — ${dailyPace(progress)}`,
      `Registre com ${CHECKIN} 1h30 quando terminar.`,
    ].join("\n"),
  "nudge.dailyDone": ({ name, week, totalWeeks, todayMinutes, next, progress }) =>
    [
      `☀️ Oi, ${name}! Você já registrou ${hm(todayMinutes)} hoje — muito bem. Semana ${week.number} de ${totalWeeks}: ${week.focus["pt-BR"]}`,
      `Próxima tarefa: ${next["pt-BR"]}`,
      `Esta semana: ${hm(progress.minutes)} de ${hm(progress.targetMinutes)}.`,
    ].join("\n"),
  "nudge.planReminder": ({ name, block, task, ifThen }) =>
    [
      block === null
        ? `⏰ ${name}, seu bloco de estudo começa daqui a 30 minutos.`
        : `⏰ ${name}, seu bloco de estudo começa daqui a 30 minutos: ${block.start}–${block.end}.`,
      ...(task === null ? [] : [`Tarefa de hoje: ${task["pt-BR"]}`]),
      ...(ifThen === null ? [] : [`Se ${ifThen.obstacle}, então ${ifThen.fallback} — é o seu plano B.`]),
      `Depois, registre com ${CHECKIN} 2h.`,
    ].join("\n"),
  "nudge.comeback": ({ name, daysAway, lighterMinutes }) => {
    if (daysAway < 7)
      return `👋 Oi, ${name} — ficar uns dias sem estudar acontece com todo mundo. Que tal uma semana mais leve? ${GOAL} ${hm(lighterMinutes)}. Ou só 20 minutos hoje: ${CHECKIN} 20m`;
    if (daysAway < 14)
      return `👋 ${name}, já faz uma semana. Sem pressão: o roadmap te espera. Uma meta mais leve (${GOAL} ${hm(lighterMinutes)}) ou uma pausa de verdade (${PAUSE} 14) valem — e um check-in já retoma tudo.`;
    return `👋 ${name}, duas semanas longe. Esta é a minha última mensagem até você voltar: quando quiser, um ${CHECKIN} 20m retoma tudo. Boa sorte!`;
  },
  "nudge.review": ({ name, progress, drillTopic }) =>
    [
      `☀️ Oi, ${name}! O roadmap terminou — hoje é dia de revisão e treino de entrevista.`,
      drillTopic
        ? `Faça uma entrevista simulada: ${MOCK} ${topicWord(drillTopic, "pt-BR")}`
        : `Faça uma entrevista simulada: ${MOCK}`,
      `Esta semana: ${hm(progress.minutes)} de ${hm(progress.targetMinutes)}.`,
    ].join("\n"),
  "nudge.weeklyPlan": ({
    name,
    week,
    totalWeeks,
    targetMinutes,
    drillTopic,
    redrill,
    today,
    freshStart,
    plan,
    goalMinutes,
    nextDeliverable,
    month,
  }) =>
    [
      `🗓️ Semana nova, ${name}! Semana ${week.number} de ${totalWeeks}: ${week.focus["pt-BR"]}`,
      ...(month != null && freshStart?.kind !== "roadmapMonth" ? [`📅 ${month["pt-BR"]}`] : []),
      ...freshStartLine(freshStart),
      ...week.tasks.map((t) => `• ${t["pt-BR"]}`),
      ...(week.resources === undefined ? [] : [resourcesLine(week.resources, "pt-BR")]),
      `Meta: ${hm(targetMinutes)}.${drillTopic ? ` Nesta semana, treine ${drillTopic.name["pt-BR"]}: ${MOCK} ${topicWord(drillTopic, "pt-BR")}` : ""}`,
      ...redrillLine(redrill, today),
      ...(nextDeliverable
        ? [
            `🎯 Portfólio: a próxima entrega é a p${nextDeliverable.number} — ${nextDeliverable.text["pt-BR"]} Marque com ${DONE} p${nextDeliverable.number} <link>.`,
          ]
        : []),
      ...(plan.blocks.length > 0 ? planLines(plan, goalMinutes, "pt-BR") : [askForPlan("pt-BR")]),
    ].join("\n"),
  "nudge.weeklyPlanReview": ({ name, targetMinutes, drillTopic, redrill, today }) =>
    [
      `🗓️ Semana nova, ${name}! Você concluiu o roadmap: mantenha ${hm(targetMinutes)} de revisão, ajustes no portfólio e treino de entrevistas.`,
      drillTopic
        ? `Nesta semana, treine ${drillTopic.name["pt-BR"]}: ${MOCK} ${topicWord(drillTopic, "pt-BR")}`
        : `Treine uma resposta de entrevista: ${MOCK}`,
      ...redrillLine(redrill, today),
    ].join("\n"),
  "nudge.evening": ({ name, streak, freezesHeld, frozenYesterday, squads }) =>
    [
      ...(frozenYesterday ? [`🧊 Ontem uma proteção manteve a sua sequência de ${streak} dias.`] : []),
      freezesHeld > 0
        ? `🔥 ${name}, a sua sequência de ${streak} dias ainda espera o check-in de hoje (uma proteção cobriria o dia, mas para que gastar?). Bastam 20 minutos: ${CHECKIN} 20m`
        : `🔥 ${name}, a sua sequência de ${streak} dias está em risco hoje. Bastam 20 minutos para mantê-la: ${CHECKIN} 20m`,
      ...(squads ?? []).map((squad) => squadEveningLine["pt-BR"](squad)),
    ].join("\n"),

  "recap.weekly": ({
    name,
    progress,
    activeDays,
    tasks,
    streak,
    bestDay,
    mockScores,
    nextWeek,
    mood,
    today,
  }) =>
    [
      `📬 A sua semana, ${name} (${dia(progress.start, today)} a ${dia(progress.end, today)})`,
      `Horas: ${hm(progress.minutes)} de ${hm(progress.targetMinutes)}  ${progressBar(progress.percent)} ${progress.percent}%`,
      ...(tasks === null ? [] : [`Tarefas: ${tasks.done}/${tasks.of} feitas`]),
      `Dias ativos: ${activeDays} de 7 · Sequência: ${streak} ${streak === 1 ? "dia" : "dias"}`,
      bestDay
        ? `Melhor dia: ${dia(bestDay.date, today)} com ${hm(bestDay.minutes)}`
        : "Nenhum check-in nesta semana.",
      ...(mockScores.length > 0
        ? [
            `Entrevistas simuladas: ${mockScores.map((s) => `${s.topic.name["pt-BR"]} ${s.score}/10`).join(", ")}`,
          ]
        : []),
      nextWeek
        ? `Próxima semana: ${nextWeek.focus["pt-BR"]}`
        : "Próxima semana: revisão e treino de entrevistas.",
      {
        behind:
          "Tem semana que rende menos — faz parte. Escolha uma tarefa pequena para amanhã e recomece: o mais importante é a constância, não a velocidade.",
        onTrack: "Bom trabalho: você está no ritmo da meta. Continue assim.",
        ahead: "Você passou da meta — parabéns! Lembre-se de descansar também.",
      }[mood],
    ].join("\n"),

  "summary.group": (p) =>
    [
      `📊 ${p.title} — semana de ${dia(p.weekStart, p.today)} a ${dia(p.weekEnd, p.today)}`,
      ...(p.rows.length > 0 ? boardLines(p.rows) : ["Nenhuma hora no placar nesta semana."]),
      ...(p.hiddenCount > 0 ? [`(+${p.hiddenCount} estudando fora do placar)`] : []),
      p.reached.length > 0
        ? `🎯 Bateram a própria meta: ${p.reached.join(", ")}`
        : "🎯 Ninguém bateu a própria meta nesta semana.",
      `Total do grupo: ${hm(p.totalMinutes)}${p.lastTotalMinutes > 0 ? ` (${trend(p.totalMinutes, p.lastTotalMinutes)} ${hm(p.lastTotalMinutes)} da semana passada)` : ""}`,
      ...(p.streaks.length > 0
        ? [`🔥 Maiores sequências: ${p.streaks.map((s) => `${s.name} ${s.days}d`).join(", ")}`]
        : []),
      ...(p.mostImproved
        ? [
            `📈 Quem mais evoluiu: ${p.mostImproved.name}, +${hm(p.mostImproved.riseMinutes)} sobre a própria média das últimas 4 semanas`,
          ]
        : []),
      ...(p.squadsAtGoal !== undefined && p.squadsAtGoal.length > 0
        ? [
            `👥 Todo mundo bateu a própria meta na${p.squadsAtGoal.length === 1 ? "" : "s"} equipe${p.squadsAtGoal.length === 1 ? "" : "s"} ${p.squadsAtGoal.join(", ")} — mandaram bem juntos!`,
          ]
        : []),
      ...(p.tasks.group.of > 0
        ? [
            `✅ Tarefas da semana: ${share(p.tasks.group)}% feitas pelo grupo${p.tasks.members.length > 0 ? ` — ${p.tasks.members.map((m) => `${m.name} ${m.done}/${m.of}`).join(", ")}` : ""}`,
          ]
        : []),
      ...(p.unreachable.length > 0
        ? [
            `⚠️ Não consegui mandar mensagens privadas para: ${p.unreachable.join(", ")}. Abra uma conversa privada com o bot (ou permita DMs de membros do servidor) e mande ${START}.`,
          ]
        : []),
    ].join("\n"),
  "chart.memberHours": () => "Horas nesta semana",
  "chart.groupWeeks": () => "Horas do grupo por semana",
  "chart.alt": ({ rows, weeklyTotals }) =>
    `Gráfico de barras das horas da semana: ${rows.map((r) => `${r.name} ${hm(r.minutes)}`).join(", ") || "nenhuma"}; total do grupo por semana: ${weeklyTotals.map((m) => hm(m)).join(", ")}.`,

  leaderboard: ({ period, rows, hiddenCount, totalMinutes }) =>
    [
      `🏆 Placar — ${PERIODS[period]}`,
      ...(rows.length > 0 ? boardLines(rows) : ["Nenhuma hora no placar ainda."]),
      ...(hiddenCount > 0 ? [`(+${hiddenCount} estudando fora do placar)`] : []),
      `Total do grupo: ${hm(totalMinutes)}`,
    ].join("\n"),
  "dm.unreachable": ({ link }) =>
    link === null
      ? "⚠️ Os lembretes e resumos chegam por DM, e a minha última DM para você foi recusada, então eles ainda não vão chegar: permita mensagens diretas de membros deste servidor (nas configurações de privacidade do servidor) ou me mande uma DM."
      : `⚠️ Os lembretes e resumos chegam na nossa conversa privada, e ainda não consigo te escrever lá: abra a conversa primeiro e toque em Iniciar — ${link}`,
  "dm.unproven": ({ link }) =>
    link === null
      ? "⚠️ Os lembretes e resumos chegam por DM, e nenhuma DM minha chegou até você ainda: me mande uma DM para eu saber que vão chegar (e deixe liberadas as mensagens diretas de membros deste servidor, nas configurações de privacidade do servidor)."
      : `⚠️ Os lembretes e resumos chegam na nossa conversa privada, e ainda não consigo te escrever lá: abra a conversa primeiro e toque em Iniciar — ${link}`,
};
