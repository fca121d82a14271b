// Textos em português do Brasil.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as helpNames } from "../../commands/help/texts.js";
import { names as joinNames } from "../../commands/join/texts.js";
import { call } from "../../commands/names.js";
import { names as progressNames } from "../../commands/progress/texts.js";
import { names as startNames } from "../../commands/start/texts.js";
import { names as undoNames } from "../../commands/undo/texts.js";
import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import type { CommonMessages } from "../common.js";
import { formatMinutes as hm } from "../format.js";
import { br } from "./dates.js";

const CHECKIN = call(checkinNames, "pt-BR");
const HELP = call(helpNames, "pt-BR");
const JOIN = call(joinNames, "pt-BR");
const PROGRESS = call(progressNames, "pt-BR");
const START = call(startNames, "pt-BR");
const UNDO = call(undoNames, "pt-BR");

const EXAMPLES = `${CHECKIN} 3h · ${CHECKIN} 90m · ${CHECKIN} 1h30 pandas · ${CHECKIN} 2h ontem`;

function weekLine(w: WeekProgress, earlierWeek = false): string {
  return `${earlierWeek ? "Semana passada" : "Esta semana"}: ${hm(w.minutes)} de ${hm(w.targetMinutes)}\n${progressBar(w.percent)} ${w.percent}%`;
}

function paceLine(w: WeekProgress): string {
  if (w.paceMinutes === 0) return "🎯 Meta da semana batida — muito bem!";
  if (w.outOfReach)
    return "A meta desta semana ficou longe — cada hora ainda conta, e a sua sequência também.";
  const days = w.daysLeft === 1 ? "hoje" : `por dia nos ${w.daysLeft} dias que faltam`;
  return `Ritmo: ${hm(w.paceMinutes)} ${days} para bater a meta.`;
}

function streakLine(streak: number): string {
  if (streak === 0) return "🔥 Sequência: nenhuma ainda — um check-in hoje começa uma.";
  return `🔥 Sequência: ${streak} ${streak === 1 ? "dia" : "dias"}`;
}

function positionLine(p: RoadmapPosition): string {
  switch (p.kind) {
    case "unset":
      return `🗺️ Roadmap: mande ${START} para marcar o seu dia 1.`;
    case "upcoming":
      return `🗺️ O roadmap começa em ${br(p.startDate)} (daqui a ${p.daysUntil} ${p.daysUntil === 1 ? "dia" : "dias"}).`;
    case "week":
      return `🗺️ Semana ${p.week.number} de ${p.totalWeeks} do roadmap: ${p.week.focus["pt-BR"]}`;
    case "finished":
      return `🗺️ Você concluiu as ${p.totalWeeks} semanas do roadmap — siga revisando e treinando entrevistas.`;
  }
}

export const common: CommonMessages = {
  "command.unknown": ({ name, suggestion }) =>
    `Não conheço /${name}.${suggestion ? ` Você quis dizer /${suggestion}?` : ""} Mande ${HELP} para ver o que eu sei fazer.`,
  "text.notCommand": () => `Os comandos começam com barra — tente ${CHECKIN} 2h ou ${HELP}.`,
  "error.internal": () =>
    "Algo deu errado do meu lado e nada foi salvo. Por favor, tente de novo daqui a pouco.",
  "command.elsewhere": ({ where }) =>
    where === "group"
      ? "Esse comando funciona num grupo: mande lá."
      : "Esse comando funciona na nossa conversa privada: mande para mim lá.",
  "private.progress": ({ link }) =>
    `O seu progresso completo fica na nossa conversa privada, para o grupo continuar legível: ${link}`,
  "private.mock": ({ link }) =>
    `As entrevistas simuladas acontecem numa conversa privada, para você responder no seu ritmo: ${link}`,
  "private.personal": ({ command, link }) =>
    `${command} trata dos seus dados, então acontece na nossa conversa privada: ${link}`,

  "checkin.missing": () => `Quanto tempo você estudou? Por exemplo: ${EXAMPLES}`,
  "checkin.invalid": ({ input }) => `Não entendi “${input}” como duração. Tente: ${EXAMPLES}`,
  "checkin.notPositive": ({ input }) =>
    `“${input}” não é um tempo de estudo: o check-in precisa ser maior que zero. Por exemplo: ${CHECKIN} 45m`,
  "checkin.tooLong": ({ input, maxHours }) =>
    `“${input}” passa de ${maxHours}h em um só check-in. Divida um dia longo em vários check-ins, por exemplo: ${CHECKIN} 2h30 — e escreva minutos com m: ${CHECKIN} 90m`,
  "checkin.noteTooLong": ({ max }) =>
    `Essa anotação é longa demais (no máximo ${max} caracteres). Por exemplo: ${CHECKIN} 2h exercícios de pandas`,
  "checkin.dayFull": ({ date, dayMinutes, minutes, maxHours }) =>
    `${br(date)} já tem ${hm(dayMinutes)} registradas; mais ${hm(minutes)} passaria de ${maxHours}h no dia, então nada foi registrado. Se um check-in estava errado, use ${UNDO} e registre de novo, ex.: ${CHECKIN} 2h.`,
  "checkin.recorded": ({ minutes, date, daysAgo, note, week, streak, earlierWeek }) =>
    [
      `✅ Registrei ${hm(minutes)}${daysAgo === 1 ? ` para ontem (${br(date)})` : ""}${note ? ` — ${note}` : ""}.`,
      weekLine(week, earlierWeek),
      streakLine(streak),
    ].join("\n"),
  "checkin.duplicate": () => "Esse check-in já tinha sido contado.",

  "undo.removed": ({ minutes, date, note, week }) =>
    `↩️ Removi ${hm(minutes)} de ${br(date)}${note ? ` (${note})` : ""}.\n${weekLine(week)}`,
  "undo.nothing": ({ hours }) => `Não há check-in das últimas ${hours}h para desfazer.`,

  "progress.report": ({ week, streak, position, totalMinutes }) =>
    [
      `📊 Semana de ${br(week.start)} a ${br(week.end)}`,
      weekLine(week),
      paceLine(week),
      streakLine(streak),
      positionLine(position),
      `Total até agora: ${hm(totalMinutes)}`,
    ].join("\n"),

  "start.welcome": ({ name, startDate, position, targetHours, motto }) =>
    [
      `👋 Boas-vindas, ${name}! O dia 1 do seu roadmap é ${br(startDate)}.`,
      positionLine(position),
      `Meta semanal: ${targetHours}h. Registre o estudo com ${CHECKIN} 2h e acompanhe com ${PROGRESS}.`,
      motto,
    ].join("\n"),
  "start.already": ({ name, startDate, position, today }) =>
    [
      `👋 Você já está no caminho, ${name}: o dia 1 do seu roadmap é ${br(startDate)}.`,
      positionLine(position),
      `Para mudar o dia 1, mande com uma data, ex.: ${START} ${today}.`,
    ].join("\n"),
  "start.invalidDate": ({ input }) =>
    `Não consegui ler “${input}” como data. Use ano-mês-dia, ex.: ${START} 2026-12-07 — ou só ${START} para começar hoje.`,
  "start.outOfRange": ({ input, maxDays }) =>
    `${input} está longe demais: escolha um dia a até ${maxDays} dias de hoje, ex.: ${START} 2026-12-07.`,

  "join.joined": ({ name, group }) =>
    `🤝 ${name}, você está no grupo de estudos de ${group}. Registre o estudo com ${CHECKIN} 2h; mande ${START} para mim numa conversa privada para marcar o dia 1 do seu roadmap.`,
  "join.inPrivate": () =>
    `${JOIN} é para grupos: mande no chat do seu grupo de estudos. Aqui, é só ${CHECKIN} 2h para registrar.`,

  "help.intro": () => "A Constância mantém o seu grupo de estudos constante. Comandos:",
  "console.banner": ({ database }) =>
    [
      `Constância — rodando neste terminal (banco de dados: ${database}).`,
      `Digite ${HELP} para começar; comece uma linha com @nome para falar como outra pessoa (@ana ${CHECKIN} 2h).`,
      "Para conectar o Discord ou o Telegram, defina DISCORD_TOKEN ou TELEGRAM_BOT_TOKEN no .env (veja o README).",
    ].join("\n"),
};
