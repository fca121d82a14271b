// Textos do limite de comandos em português do Brasil.
import type { LimitMessages } from "../limits.js";

const seconds = (n: number) => `${n} ${n === 1 ? "segundo" : "segundos"}`;

export const limits: LimitMessages = {
  "flood.slowDown": ({ seconds: n }) =>
    `🐢 Calma aí — são muitos comandos de uma vez. Volto a responder em ${seconds(n)}.`,
  "flood.notRecorded": ({ command, seconds: n }) =>
    `⏳ Não registrei: foram muitos comandos de uma vez. Mande /${command} de novo daqui a ${seconds(n)}.`,
};
