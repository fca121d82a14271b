// /export in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "export", aliases: { en: [], "pt-BR": ["exportar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Everything stored about you, as a file",
    help: () => "/export — everything stored about you, as a file",
  },
  "pt-BR": {
    description: "Tudo o que está guardado sobre você, em um arquivo",
    menu: "Tudo o que está guardado sobre você, num arquivo",
    help: () => "/exportar (/export) — tudo o que está guardado sobre você, em um arquivo",
  },
};

/** What /export answers. */
export type ExportReplies = {
  ready(p: { checkins: number; mockAnswers: number }): string;
};

export const replies: Record<Locale, ExportReplies> = {
  en: {
    ready: ({ checkins, mockAnswers }) => {
      const answers =
        mockAnswers === 0
          ? ""
          : `, ${mockAnswers} mock-interview ${mockAnswers === 1 ? "answer" : "answers"}`;
      return `📦 Here is everything Constância stores about you (${checkins} ${checkins === 1 ? "check-in" : "check-ins"}${answers} and more), as a JSON file.`;
    },
  },
  "pt-BR": {
    ready: ({ checkins, mockAnswers }) => {
      const answers =
        mockAnswers === 0
          ? ""
          : `, ${mockAnswers} ${mockAnswers === 1 ? "resposta" : "respostas"} de entrevista simulada`;
      return `📦 Aqui está tudo o que a Constância guarda sobre você (${checkins} ${checkins === 1 ? "check-in" : "check-ins"}${answers} e mais), em um arquivo JSON.`;
    },
  },
};
