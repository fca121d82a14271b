// /roadmap import in both languages.

import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import { names as roadmapNames } from "../roadmap/texts.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = {
  name: "roadmap-import",
  aliases: { en: [], "pt-BR": ["importar-trilha"] },
};

/** How many of a file's problems a reply lists: enough to fix the first round, short enough to read. */
export const SHOWN_PROBLEMS = 12;

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Admins: upload a roadmap file (YAML or JSON) for this group to follow",
    help: () =>
      "/roadmap-import (/roadmap import) — group admins: send a roadmap file (YAML or JSON) with it, and the group follows that plan",
    options: { file: { name: "file", description: "The roadmap, a .yaml or .json file" } },
  },
  "pt-BR": {
    description: "Admins: envie um arquivo de trilha (YAML ou JSON) para o grupo seguir",
    help: () =>
      "/importar-trilha (/roadmap-import) — admins do grupo: mande junto um arquivo de trilha (YAML ou JSON), ou um documento com a legenda /trilha importar, e o grupo passa a seguir esse plano",
    options: { file: { name: "arquivo", description: "A trilha, um arquivo .yaml ou .json" } },
  },
};

/** What /roadmap import answers. */
export type RoadmapImportReplies = {
  imported(p: { title: string; weeks: number; topics: number; following: number }): string;
  noFile(p: { maxKb: number }): string;
  tooLarge(p: { name: string; maxKb: number }): string;
  unreadable(p: { name: string }): string;
  invalid(p: { name: string; problems: string[]; more: number }): string;
  notAdmin(p: Record<string, never>): string;
  notGroup(p: Record<string, never>): string;
  /** How a file without a name is called in the other replies. */
  unnamed(p: Record<string, never>): string;
};

const problemLines = (problems: string[], more: number, andMore: (n: number) => string) =>
  [...problems.map((p) => `• ${p}`), ...(more > 0 ? [andMore(more)] : [])].join("\n");

export const replies: Record<Locale, RoadmapImportReplies> = {
  en: {
    imported: ({ title, weeks, topics, following }) =>
      [
        `✅ This group now follows “${title}”: ${weeks} week${weeks === 1 ? "" : "s"}, ${topics} interview topic${topics === 1 ? "" : "s"}.`,
        `${following} member${following === 1 ? "" : "s"} follow${following === 1 ? "s" : ""} it from today, and so will everyone who joins. Ticks of other roadmaps are kept.`,
        `Sending the file again with changes updates it; ${call(roadmapNames, "en")} shows the week.`,
      ].join("\n"),
    noFile: ({ maxKb }) =>
      `Send the roadmap file with the command: on Telegram, the file as a document with the caption /roadmap import; on Discord, ${call(names, "en")} with the file in its option; on the console, /roadmap import <path of the file>. A .yaml or .json file up to ${maxKb} KB, in the format the README describes.`,
    tooLarge: ({ name, maxKb }) =>
      `“${name}” is over ${maxKb} KB, more than a roadmap needs. Nothing was changed: trim it and send it again.`,
    unreadable: ({ name }) => `I couldn't read “${name}”. Nothing was changed: send it again in a moment.`,
    invalid: ({ name, problems, more }) =>
      [
        `“${name}” is not a roadmap I can follow yet. Nothing was changed. Fix these and send it again:`,
        problemLines(problems, more, (n) => `…and ${n} more.`),
        "Check it on your machine first with: npx constancia roadmap check <file>",
      ].join("\n"),
    notAdmin: () => `Only the group's admins can choose its roadmap.`,
    notGroup: () => `Import a roadmap in the group that will follow it: its admins send the file there.`,
    unnamed: () => "the file",
  },
  "pt-BR": {
    imported: ({ title, weeks, topics, following }) =>
      [
        `✅ Agora o grupo segue “${title}”: ${weeks} semana${weeks === 1 ? "" : "s"}, ${topics} tema${topics === 1 ? "" : "s"} de entrevista.`,
        `${following} ${following === 1 ? "pessoa segue" : "pessoas seguem"} a partir de hoje, e quem entrar também. O que já foi marcado em outras trilhas fica guardado.`,
        `Mandar o arquivo de novo com mudanças atualiza a trilha; ${call(roadmapNames, "pt-BR")} mostra a semana.`,
      ].join("\n"),
    noFile: ({ maxKb }) =>
      `Mande o arquivo da trilha junto com o comando: no Telegram, o arquivo como documento com a legenda /trilha importar; no Discord, ${call(names, "pt-BR")} com o arquivo na opção; no console, /trilha importar <caminho do arquivo>. Um .yaml ou .json de até ${maxKb} KB, no formato que o README explica.`,
    tooLarge: ({ name, maxKb }) =>
      `“${name}” passa de ${maxKb} KB, mais do que uma trilha precisa. Nada foi alterado: enxugue e mande de novo.`,
    unreadable: ({ name }) => `Não consegui ler “${name}”. Nada foi alterado: mande de novo daqui a pouco.`,
    invalid: ({ name, problems, more }) =>
      [
        `“${name}” ainda não é uma trilha que eu consiga seguir. Nada foi alterado. Corrija estes pontos e mande de novo:`,
        problemLines(problems, more, (n) => `…e mais ${n}.`),
        "Dá pra conferir antes no seu computador com: npx constancia roadmap check <arquivo>",
      ].join("\n"),
    notAdmin: () => `Só os administradores do grupo podem escolher a trilha dele.`,
    notGroup: () => `Importe a trilha no grupo que vai segui-la: os admins mandam o arquivo lá.`,
    unnamed: () => "o arquivo",
  },
};
