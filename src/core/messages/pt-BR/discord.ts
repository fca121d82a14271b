// Os textos que só o Discord mostra, em português do Brasil.
import type { DiscordMessages } from "../discord.js";

export const discord: DiscordMessages = {
  "discord.mock.modalTitle": () => "Entrevista simulada",
  "discord.mock.answerLabel": () => "Sua resposta",
  "discord.mock.answerPlaceholder": () => "Situação, tarefa, ação, resultado — com números sempre que puder.",
  "discord.mock.answerButton": () => "Responder à pergunta de acompanhamento",
};
