// /mock in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "mock", aliases: { en: [], "pt-BR": ["simulado", "entrevista"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Practise an interview question",
    menu: "Practise a job interview question",
    help: () =>
      "/mock [topic|stop|skip|history|details] — a mock interview question, judged (e.g. /mock versioning)",
    options: {
      topic: {
        name: "topic",
        description: "The interview topic (default: the one you most need to practise)",
      },
    },
  },
  "pt-BR": {
    description: "Treine uma pergunta de entrevista",
    menu: "Treinar uma pergunta de entrevista de emprego",
    help: () =>
      "/simulado (/mock, /entrevista) [tema|parar|pular|histórico|detalhes] — uma pergunta de entrevista, avaliada (ex.: /simulado versionamento)",
    options: {
      topic: { name: "tema", description: "O tema da entrevista (padrão: o que você mais precisa treinar)" },
    },
  },
};

/** What /mock answers. */
export type MockReplies = {
  /** In a group: drills happen in the private chat, through this link. */
  privateLink(p: { link: string }): string;
};

export const replies: Record<Locale, MockReplies> = {
  en: {
    privateLink: ({ link }) =>
      `Mock interviews happen in a private chat, so you can answer at your own pace: ${link}`,
  },
  "pt-BR": {
    privateLink: ({ link }) =>
      `As entrevistas simuladas acontecem numa conversa privada, para você responder no seu ritmo: ${link}`,
  },
};
