// /checkin in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "checkin", aliases: { en: [], "pt-BR": [] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Log study time, e.g. 3h, 90m, 1h30",
    menu: "Log study time: /checkin 2h, /checkin 1h30 pandas",
    help: () => "/checkin <time> [note] — log study time: 3h, 90m, 1h30, 1,5h, 2h yesterday",
    options: {
      hours: { name: "hours", description: "How long you studied: 3h, 90m, 1h30, 2h yesterday" },
      note: { name: "note", description: "What you studied (optional)" },
    },
  },
  "pt-BR": {
    description: "Registre tempo de estudo, ex.: 3h, 90m, 1h30",
    menu: "Registrar estudo: /checkin 2h, /checkin 1h30 pandas",
    help: () => "/checkin <tempo> [anotação] — registrar estudo: 3h, 90m, 1h30, 1,5h, 2h ontem",
    options: {
      hours: { name: "horas", description: "Quanto tempo você estudou: 3h, 90m, 1h30, 2h ontem" },
      note: { name: "nota", description: "O que você estudou (opcional)" },
    },
  },
};
