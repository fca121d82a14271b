// /squad in both languages: a squad of 2 to 5 members of a group, and the streak they keep together.
import type { Locale } from "../../roadmap/types.js";
import type { SquadView } from "../../squads/squadView.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { Choice, CommandTexts } from "../spec.js";
import type { SquadAction } from "./parseSquad.js";

export const names: CommandNames = { name: "squad", aliases: { en: [], "pt-BR": ["equipe"] } };

/** The action option's choices on platforms with forms. */
export const ACTION_CHOICES: Choice[] = [
  { value: "create", label: { en: "Create a squad", "pt-BR": "Criar uma equipe" } },
  { value: "join", label: { en: "Join a squad", "pt-BR": "Entrar numa equipe" } },
  { value: "leave", label: { en: "Leave your squad", "pt-BR": "Sair da equipe" } },
] satisfies (Choice & { value: SquadAction })[];

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Your squad: 2 to 5 members who keep a streak together",
    menu: "Your squad and its streak, e.g. /squad join Focus",
    help: () =>
      "/squad — in a group: your squad, its streak and who is done today; /squad create Focus, /squad join Focus, /squad leave (2 to 5 members)",
    options: {
      action: { name: "action", description: "Create, join or leave a squad (none: show yours)" },
      name: { name: "name", description: "The squad's name, e.g. Focus" },
    },
  },
  "pt-BR": {
    description: "A sua equipe: de 2 a 5 membros que mantêm uma sequência juntos",
    menu: "A sua equipe e a sequência dela, ex.: /equipe entrar Foco",
    help: () =>
      "/equipe (/squad) — num grupo: a sua equipe, a sequência dela e quem já estudou hoje; /equipe criar Foco, /equipe entrar Foco, /equipe sair (de 2 a 5 membros)",
    options: {
      action: { name: "acao", description: "Criar, entrar ou sair de uma equipe (nada: mostra a sua)" },
      name: { name: "nome", description: "O nome da equipe, ex.: Foco" },
    },
  },
};

type None = Record<string, never>;

/** What /squad answers. */
export type SquadReplies = {
  show(p: { squad: SquadView; max: number }): string;
  none(p: None): string;
  created(p: { name: string; max: number }): string;
  joined(p: { squad: SquadView; max: number }): string;
  nameTaken(p: { name: string }): string;
  alreadyIn(p: { name: string }): string;
  notFound(p: { name: string }): string;
  full(p: { name: string; max: number }): string;
  left(p: { name: string; dissolved: boolean }): string;
  notIn(p: None): string;
  unknownAction(p: { input: string }): string;
  noName(p: { action: "create" | "join" }): string;
  badName(p: { input: string; min: number; max: number }): string;
  inPrivate(p: None): string;
};

const listEn = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
const listPt = (items: string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} e ${items.at(-1)}`;

/** The squad's streak, as /progress and the evening say it too. */
export const squadStreakLine: Record<Locale, (p: { name: string; streak: number }) => string> = {
  en: ({ name, streak }) =>
    streak === 0
      ? `👥 Squad ${name}: no squad streak yet — it starts the first day you all check in.`
      : `👥 Squad ${name}: ${streak} ${streak === 1 ? "day" : "days"} together.`,
  "pt-BR": ({ name, streak }) =>
    streak === 0
      ? `👥 Equipe ${name}: ainda sem sequência — ela começa no primeiro dia em que todo mundo fizer check-in.`
      : `👥 Equipe ${name}: ${streak} ${streak === 1 ? "dia" : "dias"} juntos.`,
};

/** The evening's squad line, when the others are done and the reader is not. */
export const squadEveningLine: Record<Locale, (p: { done: string[]; streak: number }) => string> = {
  en: ({ done, streak }) =>
    streak > 0
      ? `👥 ${listEn(done)} ${done.length === 1 ? "is" : "are"} done today — you keep the squad's ${streak} ${streak === 1 ? "day" : "days"} with a check-in.`
      : `👥 ${listEn(done)} ${done.length === 1 ? "is" : "are"} done today — a check-in from you starts the squad's streak.`,
  "pt-BR": ({ done, streak }) =>
    streak > 0
      ? `👥 ${listPt(done)} já ${done.length === 1 ? "estudou" : "estudaram"} hoje — com o seu check-in, a equipe mantém os ${streak} ${streak === 1 ? "dia" : "dias"}.`
      : `👥 ${listPt(done)} já ${done.length === 1 ? "estudou" : "estudaram"} hoje — com o seu check-in, a equipe começa a sequência.`,
};

function membersLines(squad: SquadView, done: string, open: string): string[] {
  return squad.members.map((m) => `${m.doneToday ? "✅" : "⏳"} ${m.name}${m.doneToday ? done : open}`);
}

export const replies: Record<Locale, SquadReplies> = {
  en: {
    show: ({ squad, max }) =>
      [
        squadStreakLine.en({ name: squad.name, streak: squad.streak }),
        ...membersLines(squad, " — done today", ""),
        squad.members.length < 2
          ? `A squad needs a second member: ask a friend here to send ${call(names, "en", `join ${squad.name}`)}.`
          : squad.members.length < max
            ? `Room for ${max - squad.members.length} more: ${call(names, "en", `join ${squad.name}`)}.`
            : "The squad is full.",
        `A day counts when everyone checks in (a rest day, a pause or a freeze counts too). Nobody loses anything for another's miss.`,
      ].join("\n"),
    none: () =>
      `You're not in a squad in this group yet. Start one with ${call(names, "en", "create Focus")}, or join a friend's with ${call(names, "en", "join Focus")} (2 to 5 members).`,
    created: ({ name, max }) =>
      `👥 Squad ${name} is created, with you in it. Up to ${max - 1} friends here can join with ${call(names, "en", `join ${name}`)}; the squad streak starts the first day you all check in.`,
    joined: ({ squad, max }) =>
      `👥 You're in squad ${squad.name}: ${listEn(squad.members.map((m) => m.name))} (${squad.members.length} of ${max}). A day counts for the squad when everyone checks in; ${call(names, "en")} shows who is done.`,
    nameTaken: ({ name }) =>
      `There is already a squad called “${name}” in this group. Join it with ${call(names, "en", `join ${name}`)}, or pick another name, e.g. ${call(names, "en", "create Focus 2")}.`,
    alreadyIn: ({ name }) =>
      `You're already in squad ${name} here (one squad per group). To change, first ${call(names, "en", "leave")}.`,
    notFound: ({ name }) =>
      `There is no squad called “${name}” in this group. Check the spelling, or create it with ${call(names, "en", `create ${name}`)}.`,
    full: ({ name, max }) =>
      `Squad ${name} already has ${max} members, the most a squad can have. Start another with ${call(names, "en", "create Focus 2")}.`,
    left: ({ name, dissolved }) =>
      dissolved
        ? `You left squad ${name}. Nobody was left in it, so it's gone. Your own streak is untouched.`
        : `You left squad ${name}. Your own streak is untouched; join another with ${call(names, "en", "join Focus")}.`,
    notIn: () =>
      `You're not in a squad in this group, so there is nothing to leave. Join one with ${call(names, "en", "join Focus")}.`,
    unknownAction: ({ input }) =>
      `I didn't get “${input}”. Write ${call(names, "en", "create Focus")}, ${call(names, "en", "join Focus")}, ${call(names, "en", "leave")}, or just ${call(names, "en")} to see your squad.`,
    noName: ({ action }) => `Give the squad's name, e.g. ${call(names, "en", `${action} Focus`)}.`,
    badName: ({ input, min, max }) =>
      `“${input}” doesn't fit as a squad name: use ${min} to ${max} characters, e.g. ${call(names, "en", "create Focus")}.`,
    inPrivate: () =>
      `Squads belong to a group: send ${call(names, "en")} in your study group's chat, e.g. ${call(names, "en", "join Focus")}.`,
  },
  "pt-BR": {
    show: ({ squad, max }) =>
      [
        squadStreakLine["pt-BR"]({ name: squad.name, streak: squad.streak }),
        ...membersLines(squad, " — já estudou hoje", ""),
        squad.members.length < 2
          ? `A equipe precisa de mais alguém: chame um amigo daqui para mandar ${call(names, "pt-BR", `entrar ${squad.name}`)}.`
          : squad.members.length < max
            ? `Cabem mais ${max - squad.members.length}: ${call(names, "pt-BR", `entrar ${squad.name}`)}.`
            : "A equipe está completa.",
        "Um dia conta quando todo mundo faz check-in (folga, pausa ou proteção também valem). Ninguém perde nada pela falta de outro.",
      ].join("\n"),
    none: () =>
      `Você ainda não está numa equipe neste grupo. Crie uma com ${call(names, "pt-BR", "criar Foco")} ou entre na de um amigo com ${call(names, "pt-BR", "entrar Foco")} (de 2 a 5 membros).`,
    created: ({ name, max }) =>
      `👥 A equipe ${name} foi criada, com você dentro. Até ${max - 1} amigos daqui podem entrar com ${call(names, "pt-BR", `entrar ${name}`)}; a sequência da equipe começa no primeiro dia em que todo mundo fizer check-in.`,
    joined: ({ squad, max }) =>
      `👥 Você entrou na equipe ${squad.name}: ${listPt(squad.members.map((m) => m.name))} (${squad.members.length} de ${max}). Um dia conta para a equipe quando todo mundo faz check-in; ${call(names, "pt-BR")} mostra quem já estudou.`,
    nameTaken: ({ name }) =>
      `Já existe uma equipe chamada “${name}” neste grupo. Entre nela com ${call(names, "pt-BR", `entrar ${name}`)} ou escolha outro nome, ex.: ${call(names, "pt-BR", "criar Foco 2")}.`,
    alreadyIn: ({ name }) =>
      `Você já está na equipe ${name} aqui (uma equipe por grupo). Para trocar, primeiro ${call(names, "pt-BR", "sair")}.`,
    notFound: ({ name }) =>
      `Não tem nenhuma equipe chamada “${name}” neste grupo. Confira o nome ou crie com ${call(names, "pt-BR", `criar ${name}`)}.`,
    full: ({ name, max }) =>
      `A equipe ${name} já tem ${max} membros, o máximo. Crie outra com ${call(names, "pt-BR", "criar Foco 2")}.`,
    left: ({ name, dissolved }) =>
      dissolved
        ? `Você saiu da equipe ${name}. Não sobrou ninguém, então ela deixou de existir. A sua sequência continua intacta.`
        : `Você saiu da equipe ${name}. A sua sequência continua intacta; entre em outra com ${call(names, "pt-BR", "entrar Foco")}.`,
    notIn: () =>
      `Você não está em nenhuma equipe neste grupo, então não tem de onde sair. Entre numa com ${call(names, "pt-BR", "entrar Foco")}.`,
    unknownAction: ({ input }) =>
      `Não entendi “${input}”. Escreva ${call(names, "pt-BR", "criar Foco")}, ${call(names, "pt-BR", "entrar Foco")}, ${call(names, "pt-BR", "sair")} ou só ${call(names, "pt-BR")} para ver a sua equipe.`,
    noName: ({ action }) =>
      `Diga o nome da equipe, ex.: ${call(names, "pt-BR", `${action === "create" ? "criar" : "entrar"} Foco`)}.`,
    badName: ({ input, min, max }) =>
      `“${input}” não serve como nome de equipe: use de ${min} a ${max} caracteres, ex.: ${call(names, "pt-BR", "criar Foco")}.`,
    inPrivate: () =>
      `Equipes são de um grupo: mande ${call(names, "pt-BR")} no chat do seu grupo de estudos, ex.: ${call(names, "pt-BR", "entrar Foco")}.`,
  },
};
