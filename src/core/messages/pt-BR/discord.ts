// Os textos que só o Discord mostra, em português do Brasil.
import type { DiscordMessages } from "../discord.js";

export const discord: DiscordMessages = {
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
