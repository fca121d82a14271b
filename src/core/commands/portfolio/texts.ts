// /portfolio in both languages.

import type { Locale, LocalizedText } from "../../roadmap/types.js";
import type { DeliverableState } from "../../tasks/deliverables.js";
import { names as doneNames } from "../done/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = {
  name: "portfolio",
  aliases: { en: [], "pt-BR": ["projeto"] },
};

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "The roadmap's final project and your deliverables",
    menu: "The final project and your deliverables",
    help: () => "/portfolio — the final project, its deliverables p1… and the ones you ticked",
  },
  "pt-BR": {
    description: "O projeto final do roadmap e as suas entregas",
    menu: "O projeto final e as suas entregas",
    help: () => "/projeto (/portfolio) — o projeto final, as entregas p1… e as que você já marcou",
  },
};

/** What /portfolio answers. */
export type PortfolioReplies = {
  portfolio(p: {
    title: LocalizedText;
    description: LocalizedText;
    deliverables: DeliverableState[];
  }): string;
};

function lines(p: Parameters<PortfolioReplies["portfolio"]>[0], locale: Locale): string {
  const en = locale === "en";
  const done = p.deliverables.filter((d) => d.done).length;
  const next = p.deliverables.find((d) => !d.done);
  return [
    `🎯 ${en ? "Final project" : "Projeto final"}: ${p.title[locale]}`,
    p.description[locale],
    "",
    `${en ? "Deliverables" : "Entregas"} (${done}/${p.deliverables.length}):`,
    ...p.deliverables.map(
      (d) =>
        `${d.done ? "✅" : "⬜"} p${d.number}. ${d.text[locale]}${d.link === null ? "" : ` — ${d.link}`}${
          d.verified === true ? (en ? " ✔ verified" : " ✔ verificado") : ""
        }`,
    ),
    "",
    next === undefined
      ? en
        ? "🎉 Every deliverable is ticked: the project is ready to show."
        : "🎉 Todas as entregas marcadas: o projeto está pronto para mostrar."
      : en
        ? `Tick one with its link: ${call(doneNames, "en", `p${next.number} <link>`)}`
        : `Marque uma entrega com o link: ${call(doneNames, "pt-BR", `p${next.number} <link>`)}`,
  ].join("\n");
}

export const replies: Record<Locale, PortfolioReplies> = {
  en: { portfolio: (p) => lines(p, "en") },
  "pt-BR": { portfolio: (p) => lines(p, "pt-BR") },
};
