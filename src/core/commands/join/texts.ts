// /join in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "join", aliases: { en: [], "pt-BR": ["entrar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Join this group's study group",
    help: () => "/join — in a group chat: join its study group",
  },
  "pt-BR": {
    description: "Entrar no grupo de estudos deste grupo",
    help: () => "/entrar (/join) — num grupo: entrar no grupo de estudos dele",
  },
};
