// Textos em português do Brasil.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as helpNames } from "../../commands/help/texts.js";
import { call } from "../../commands/names.js";
import type { CommonMessages } from "../common.js";

const CHECKIN = call(checkinNames, "pt-BR");
const HELP = call(helpNames, "pt-BR");

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
  "private.openButton": () => "💬 Abrir a conversa privada",
  "private.linkBelow": () => "👇",
  "private.personal": ({ command, link }) =>
    `${command} trata dos seus dados, então acontece na nossa conversa privada: ${link}`,

  "console.banner": ({ database }) =>
    [
      `Constância — rodando neste terminal (banco de dados: ${database}).`,
      `Digite ${HELP} para começar; comece uma linha com @nome para falar como outra pessoa (@ana ${CHECKIN} 2h).`,
      "Para conectar o Discord ou o Telegram, defina DISCORD_TOKEN ou TELEGRAM_BOT_TOKEN no .env (veja o README).",
    ].join("\n"),
};
