// Textos em português que só o Telegram mostra.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as joinNames } from "../../commands/join/texts.js";
import { names as leaderboardNames } from "../../commands/leaderboard/texts.js";
import { names as mockNames } from "../../commands/mock/texts.js";
import { call } from "../../commands/names.js";
import { names as progressNames } from "../../commands/progress/texts.js";
import { names as setupNames } from "../../commands/setup/texts.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { TelegramMessages } from "../telegram.js";

const JOIN = call(joinNames, "pt-BR");
const START = call(startNames, "pt-BR");
const CHECKIN = call(checkinNames, "pt-BR");
const LEADERBOARD = call(leaderboardNames, "pt-BR");
const MOCK = call(mockNames, "pt-BR");
const PROGRESS = call(progressNames, "pt-BR");
const SETUP = call(setupNames, "pt-BR");

export const telegram: TelegramMessages = {
  "telegram.running": ({ username, webhook }) =>
    [
      `A Constância está rodando no Telegram como @${username} (${webhook ? "webhook" : "long polling"}).`,
      `Abra https://t.me/${username} e mande ${START}; adicione o bot a um grupo e mande ${JOIN} lá. Ctrl+C para parar.`,
    ].join("\n"),
  "telegram.plan.day": ({ weekday }) => ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"][weekday] ?? "?",
  "telegram.plan.save": () => "💾 Salvar",
  "telegram.plan.clear": () => "🗑️ Apagar",
  "telegram.plan.pickFirst": () => "Escolha pelo menos um dia e um horário antes.",
  "telegram.mock.answer": () => "✍️ Responder",
  "telegram.mock.skip": () => "⏭️ Pular",
  "telegram.mock.stop": () => "⏹️ Encerrar",
  "telegram.mock.switch": ({ topic }) => `🔀 Trocar para ${topic}`,
  "telegram.mock.another": () => "🎤 Outra pergunta",
  "telegram.mock.details": () => "🔎 Análise completa",
  "telegram.mock.history": () => "📈 Histórico",
  "telegram.mock.answerHeading": () => "✍️ Sua resposta",
  "telegram.mock.answerPrompt": ({ question }) =>
    `✍️ Sua resposta\n${question}\n\nEscreva respondendo a esta mensagem: a caixa aí embaixo já está pronta.`,
  "telegram.mock.answerPlaceholder": () => "Situação, tarefa, ação, resultado…",
  "telegram.confirm.cancel": () => "✖️ Cancelar",
  "telegram.confirm.cancelled": () => "Cancelado: nada foi alterado.",
  "telegram.description": () =>
    `A Constância mantém o seu grupo de estudos no ritmo: registre o estudo com ${CHECKIN} 2h, veja a sua semana com ${PROGRESS}, receba todo dia um lembrete com a tarefa da trilha e treine entrevistas com ${MOCK}. Toque em Iniciar e hoje vira o dia 1 da sua trilha.`,
  "telegram.shortDescription": () =>
    "Constância para grupos de estudo: check-ins, metas semanais, lembretes diários e simulações de entrevista.",
  "telegram.groupGreeting": ({ botName }) =>
    [
      "👋 Oi, eu sou a Constância: ajudo este grupo a manter a rotina de estudos.",
      `1. Cada pessoa manda ${JOIN} aqui uma vez.`,
      `2. Alguém da administração manda ${SETUP} para receber o resumo semanal aqui (domingo às 20:00, se ninguém mudar).`,
      `3. Registre o estudo com ${CHECKIN} 2h pandas; ${LEADERBOARD} mostra a semana.`,
      `Lembretes e simulações de entrevista chegam no privado: abra @${botName} e toque em Iniciar.`,
    ].join("\n"),
};
