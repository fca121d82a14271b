// /undo in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "undo", aliases: { en: [], "pt-BR": ["desfazer"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Remove your most recent check-in (within 24 h)",
    menu: "Remove your latest check-in",
    help: () => "/undo — remove your latest check-in (within 24h)",
  },
  "pt-BR": {
    description: "Remove seu check-in mais recente (até 24 h)",
    menu: "Remover o seu último check-in",
    help: () => "/desfazer (/undo) — remove o seu último check-in (até 24h)",
  },
};
