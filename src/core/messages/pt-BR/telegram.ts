// Textos em português que só o Telegram mostra.
import type { TelegramMessages } from "../telegram.js";

export const telegram: TelegramMessages = {
  "telegram.running": ({ username, webhook }) =>
    [
      `A Constância está rodando no Telegram como @${username} (${webhook ? "webhook" : "long polling"}).`,
      `Abra https://t.me/${username} e mande /start; adicione o bot a um grupo e mande /entrar lá. Ctrl+C para parar.`,
    ].join("\n"),
};
