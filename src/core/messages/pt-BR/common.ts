// Textos em português do Brasil.

import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import type { CommonMessages } from "../common.js";
import { formatMinutes as hm } from "../format.js";
import { br } from "./dates.js";

const EXAMPLES = "/checkin 3h · /checkin 90m · /checkin 1h30 pandas · /checkin 2h ontem";

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
      return "🗺️ Roadmap: mande /start para marcar o seu dia 1.";
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
    `Não conheço /${name}.${suggestion ? ` Você quis dizer /${suggestion}?` : ""} Mande /ajuda para ver o que eu sei fazer.`,
  "text.notCommand": () => "Os comandos começam com barra — tente /checkin 2h ou /ajuda.",
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
    `/${command} trata dos seus dados, então acontece na nossa conversa privada: ${link}`,

  "checkin.missing": () => `Quanto tempo você estudou? Por exemplo: ${EXAMPLES}`,
  "checkin.invalid": ({ input }) => `Não entendi “${input}” como duração. Tente: ${EXAMPLES}`,
  "checkin.notPositive": ({ input }) =>
    `“${input}” não é um tempo de estudo: o check-in precisa ser maior que zero. Por exemplo: /checkin 45m`,
  "checkin.tooLong": ({ input, maxHours }) =>
    `“${input}” passa de ${maxHours}h em um só check-in. Divida um dia longo em vários check-ins, por exemplo: /checkin 2h30 — e escreva minutos com m: /checkin 90m`,
  "checkin.dayFull": ({ date, dayMinutes, minutes, maxHours }) =>
    `${br(date)} já tem ${hm(dayMinutes)} registradas; mais ${hm(minutes)} passaria de ${maxHours}h no dia, então nada foi registrado. Se um check-in estava errado, use /desfazer e registre de novo, ex.: /checkin 2h.`,
  "checkin.recorded": ({ minutes, date, daysAgo, note, week, streak, earlierWeek, noteShortened }) =>
    [
      `✅ Registrei ${hm(minutes)}${daysAgo === 1 ? ` para ontem (${br(date)})` : ""}${note ? ` — ${note}` : ""}.`,
      ...(noteShortened ? ["✂️ Sua anotação era muito longa, então guardei só o começo."] : []),
      weekLine(week, earlierWeek),
      streakLine(streak),
    ].join("\n"),
  "checkin.duplicate": () => "Esse check-in já tinha sido contado.",
  "checkin.onlyTodayOrYesterday": ({ input }) =>
    `Só dá para registrar hoje ou ontem, então não registrei nada para “${input}”. Por exemplo: /checkin 2h ontem`,

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
      `Meta semanal: ${targetHours}h. Registre o estudo com /checkin 2h e acompanhe com /progresso.`,
      motto,
    ].join("\n"),
  "start.already": ({ name, startDate, position, today }) =>
    [
      `👋 Você já está no caminho, ${name}: o dia 1 do seu roadmap é ${br(startDate)}.`,
      positionLine(position),
      `Para mudar o dia 1, mande com uma data, ex.: /start ${today}.`,
    ].join("\n"),
  "start.invalidDate": ({ input }) =>
    `Não consegui ler “${input}” como data. Use ano-mês-dia, ex.: /start 2026-12-07 — ou só /start para começar hoje.`,
  "start.outOfRange": ({ input, maxDays }) =>
    `${input} está longe demais: escolha um dia a até ${maxDays} dias de hoje, ex.: /start 2026-12-07.`,

  "join.joined": ({ name, group }) =>
    `🤝 ${name}, você está no grupo de estudos de ${group}. Registre o estudo com /checkin 2h; mande /start para mim numa conversa privada para marcar o dia 1 do seu roadmap.`,
  "join.inPrivate": () =>
    "/entrar (/join) é para grupos: mande no chat do seu grupo de estudos. Aqui, é só /checkin 2h para registrar.",

  "help.intro": () => "A Constância mantém o seu grupo de estudos constante. Comandos:",
  "console.banner": ({ database }) =>
    [
      `Constância — rodando neste terminal (banco de dados: ${database}).`,
      "Digite /ajuda para começar; comece uma linha com @nome para falar como outra pessoa (@ana /checkin 2h).",
      "Para conectar o Discord ou o Telegram, defina DISCORD_TOKEN ou TELEGRAM_BOT_TOKEN no .env (veja o README).",
    ].join("\n"),
};
