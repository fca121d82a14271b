// Textos em português que só o Telegram mostra.

import { names as joinNames } from "../../commands/join/texts.js";
import { call } from "../../commands/names.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { TelegramMessages } from "../telegram.js";

const JOIN = call(joinNames, "pt-BR");
const START = call(startNames, "pt-BR");

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
};
