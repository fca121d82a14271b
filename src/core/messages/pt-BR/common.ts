// Textos em português do Brasil.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as helpNames } from "../../commands/help/texts.js";
import { call } from "../../commands/names.js";
import { names as undoNames } from "../../commands/undo/texts.js";
import type { CommonMessages } from "../common.js";
import { formatMinutes as hm } from "../format.js";
import { br } from "./dates.js";
import { streakLine, weekLine } from "./progressLines.js";

const CHECKIN = call(checkinNames, "pt-BR");
const HELP = call(helpNames, "pt-BR");
const UNDO = call(undoNames, "pt-BR");

const EXAMPLES = `${CHECKIN} 3h · ${CHECKIN} 90m · ${CHECKIN} 1h30 pandas · ${CHECKIN} 2h ontem`;

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
  "private.personal": ({ command, link }) =>
    `${command} trata dos seus dados, então acontece na nossa conversa privada: ${link}`,

  "checkin.missing": () => `Quanto tempo você estudou? Por exemplo: ${EXAMPLES}`,
  "checkin.invalid": ({ input }) => `Não entendi “${input}” como duração. Tente: ${EXAMPLES}`,
  "checkin.notPositive": ({ input }) =>
    `“${input}” não é um tempo de estudo: o check-in precisa ser maior que zero. Por exemplo: ${CHECKIN} 45m`,
  "checkin.tooLong": ({ input, maxHours }) =>
    `“${input}” passa de ${maxHours}h em um só check-in. Divida um dia longo em vários check-ins, por exemplo: ${CHECKIN} 2h30 — e escreva minutos com m: ${CHECKIN} 90m`,
  "checkin.dayFull": ({ date, dayMinutes, minutes, maxHours }) =>
    `${br(date)} já tem ${hm(dayMinutes)} registradas; mais ${hm(minutes)} passaria de ${maxHours}h no dia, então nada foi registrado. Se um check-in estava errado, use ${UNDO} e registre de novo, ex.: ${CHECKIN} 2h.`,
  "checkin.recorded": ({ minutes, date, daysAgo, note, week, streak, earlierWeek, noteShortened }) =>
    [
      `✅ Registrei ${hm(minutes)}${daysAgo === 1 ? ` para ontem (${br(date)})` : ""}${note ? ` — ${note}` : ""}.`,
      ...(noteShortened ? ["✂️ Sua anotação era muito longa, então guardei só o começo."] : []),
      weekLine(week, earlierWeek),
      streakLine(streak),
    ].join("\n"),
  "checkin.duplicate": () => "Esse check-in já tinha sido contado.",
  "checkin.onlyTodayOrYesterday": ({ input }) =>
    `Só dá para registrar hoje ou ontem, então não registrei nada para “${input}”. Por exemplo: ${CHECKIN} 2h ontem`,

  "console.banner": ({ database }) =>
    [
      `Constância — rodando neste terminal (banco de dados: ${database}).`,
      `Digite ${HELP} para começar; comece uma linha com @nome para falar como outra pessoa (@ana ${CHECKIN} 2h).`,
      "Para conectar o Discord ou o Telegram, defina DISCORD_TOKEN ou TELEGRAM_BOT_TOKEN no .env (veja o README).",
    ].join("\n"),
};
