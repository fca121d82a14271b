// Os textos que só o Discord mostra, em português do Brasil.
import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as helpNames } from "../../commands/help/texts.js";
import { call } from "../../commands/names.js";
import { names as setupNames } from "../../commands/setup/texts.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { DiscordMessages } from "../discord.js";

export const discord: DiscordMessages = {
  "discord.mock.topicMenu": () => "Próxima pergunta sobre…",
  "discord.confirm.cancel": () => "Cancelar",
  "discord.confirm.cancelled": () => "Cancelado: nada foi alterado.",
  "discord.checkin.undoButton": () => "Desfazer",
  "discord.notYours": () => "Esse botão é de quem recebeu a resposta: nada foi alterado.",
  "discord.logStudy.button": () => "Registrar estudo",
  "discord.logStudy.modalTitle": () => "Registrar estudo",
  "discord.logStudy.hoursLabel": () => "Quanto tempo você estudou?",
  "discord.logStudy.hoursPlaceholder": () => "2h, 45min, 1h30",
  "discord.logStudy.noteLabel": () => "O que você estudou? (opcional)",
  "discord.logStudy.notePlaceholder": () => "ex.: volumes no Docker",
  "discord.welcome": () =>
    [
      "👋 Oi! Eu sou a Constância: ajudo este servidor a estudar com constância — check-ins, metas semanais, um resumo da semana e entrevistas simuladas.",
      "Pra começar:",
      `1. Alguém da administração usa ${call(setupNames, "pt-BR")} e escolhe o canal do resumo semanal (e o fuso).`,
      `2. Cada pessoa usa ${call(startNames, "pt-BR")} pra marcar o dia 1 da trilha e, depois de estudar, ${call(checkinNames, "pt-BR", "horas:2h")}.`,
      "3. Libere as mensagens diretas de membros do servidor: os lembretes e o seu resumo da semana chegam por DM.",
      `${call(helpNames, "pt-BR")} mostra tudo. O mais importante é a constância, não a velocidade.`,
    ].join("\n"),
  "discord.mock.modalTitle": () => "Entrevista simulada",
  "discord.mock.answerLabel": () => "Sua resposta",
  "discord.mock.answerPlaceholder": () => "Situação, tarefa, ação, resultado — com números sempre que puder.",
  "discord.mock.answerButton": () => "Responder à pergunta de acompanhamento",
  "discord.mock.skipButton": () => "Pular",
  "discord.mock.stopButton": () => "Parar",
  "discord.mock.historyButton": () => "Histórico",
  "discord.mock.anotherButton": () => "Outra pergunta",
  "discord.mock.detailsButton": () => "Análise completa",
  "discord.mock.switchButton": ({ topic }) => `Trocar para ${topic}`,
  "discord.plan.editButton": () => "Editar plano",
  "discord.plan.modalTitle": () => "Seu plano de estudo",
  "discord.plan.blocksLabel": () => "Dias e horários (vazio: nenhum)",
  "discord.plan.blocksPlaceholder": () => "seg qua sex 19:00-21:00; sáb 09:00-12:00",
  "discord.plan.obstacleLabel": () => "Se… (o que pode atrapalhar)",
  "discord.plan.obstaclePlaceholder": () => "eu chegar cansado",
  "discord.plan.fallbackLabel": () => "Então… (o que você vai fazer)",
  "discord.plan.fallbackPlaceholder": () => "20 minutos de revisão",
};
