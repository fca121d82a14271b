// /forget in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandTexts } from "../spec.js";

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Delete everything stored about you",
    menu: "Delete everything about you (asks first)",
    help: () => "/forget — delete everything stored about you (asks first)",
    options: { confirm: { name: "confirm", description: "Type yes to confirm: this cannot be undone" } },
  },
  "pt-BR": {
    description: "Apaga tudo o que está guardado sobre você",
    menu: "Apagar tudo sobre você (pergunta antes)",
    help: () => "/esquecer (/forget) — apaga tudo o que está guardado sobre você (pergunta antes)",
    options: {
      confirm: { name: "confirmar", description: "Digite sim para confirmar: não há como desfazer" },
    },
  },
};
