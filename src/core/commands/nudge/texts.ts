// /nudge in both languages.
import type { Locale } from "../../roadmap/types.js";
import { names as joinNames } from "../join/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "nudge", aliases: { en: [], "pt-BR": ["cutucar"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Nudge a study buddy: I send them a friendly DM",
    menu: "Nudge a buddy, e.g. /nudge @ana (or /nudge off)",
    help: () =>
      "/nudge @member — in a group: I send them a friendly DM saying you nudged (once a day each); /nudge off|on — whether you get nudges",
    options: {
      member: { name: "member", description: "Who to nudge" },
      turn: { name: "turn", description: "Turn nudges to you off or on" },
    },
  },
  "pt-BR": {
    description: "Cutucar um colega de estudos: mando uma DM amigável",
    menu: "Cutucar um colega, ex.: /cutucar @ana (ou /cutucar desligar)",
    help: () =>
      "/cutucar (/nudge) @membro — num grupo: mando uma DM dizendo que você cutucou (uma vez por dia cada); /cutucar desligar|ligar — se você recebe cutucadas",
    options: {
      member: { name: "membro", description: "Quem cutucar" },
      turn: { name: "cutucadas", description: "Desligar ou ligar as cutucadas para você" },
    },
  },
};

type None = Record<string, never>;

/** What /nudge answers. */
export type NudgeReplies = {
  sent(p: { name: string }): string;
  later(p: { name: string }): string;
  alreadyToday(p: { name: string }): string;
  self(p: None): string;
  notFound(p: { who: string }): string;
  notMember(p: None): string;
  several(p: { who: string }): string;
  theyTurnedOff(p: { name: string }): string;
  theyArePaused(p: { name: string }): string;
  noDm(p: { name: string }): string;
  whom(p: None): string;
  inPrivate(p: None): string;
  tooLong(p: None): string;
  turnedOff(p: None): string;
  turnedOn(p: None): string;
};

export const replies: Record<Locale, NudgeReplies> = {
  en: {
    sent: ({ name }) => `👋 Nudge on its way: ${name} gets a DM in a moment saying you nudged them.`,
    later: ({ name }) =>
      `👋 ${name} is in their quiet hours now: your nudge will reach them as soon as those end.`,
    alreadyToday: ({ name }) => `You already nudged ${name} today. One a day is plenty — try again tomorrow!`,
    self: () => `You can't nudge yourself 🙂 Name a buddy instead, e.g. ${call(names, "en", "@ana")}`,
    notFound: ({ who }) =>
      `I don't know “${who}” in this group. Nudge someone who has used the bot here, e.g. ${call(names, "en", "@ana")}, or reply to their message with ${call(names, "en")}.`,
    notMember: () =>
      `They haven't used the bot in this group yet, so I can't nudge them. Invite them to send ${call(joinNames, "en")} here!`,
    several: ({ who }) =>
      `More than one member here is called “${who}”. Use their @username, e.g. ${call(names, "en", "@ana_souza")}, or reply to their message with ${call(names, "en")}.`,
    theyTurnedOff: ({ name }) =>
      `${name} turned nudges off, so I won't send one. A message in the group works too!`,
    theyArePaused: ({ name }) =>
      `${name} is taking a break from study right now, so I won't nudge them. A message in the group works too!`,
    noDm: ({ name }) =>
      `I can't reach ${name} in private yet: they need to open a chat with me first. A message in the group works too!`,
    whom: () =>
      `Who should I nudge? Name them, e.g. ${call(names, "en", "@ana")}, or reply to their message with ${call(names, "en")}.`,
    inPrivate: () =>
      `Nudges are sent from a group: write ${call(names, "en", "@ana")} in your study group's chat. Here you can turn yours off with ${call(names, "en", "off")}.`,
    tooLong: () => `That name is too long. Try their @username, e.g. ${call(names, "en", "@ana")}`,
    turnedOff: () =>
      `🔕 Nudges are off: no one can nudge you. Turn them back on with ${call(names, "en", "on")}.`,
    turnedOn: () => `🔔 Nudges are on: your study buddies can nudge you again (once a day each).`,
  },
  "pt-BR": {
    sent: ({ name }) => `👋 Cutucada a caminho: ${name} recebe já já uma DM dizendo que você cutucou.`,
    later: ({ name }) =>
      `👋 ${name} está no horário de silêncio agora: a cutucada chega assim que ele acabar.`,
    alreadyToday: ({ name }) =>
      `Você já cutucou ${name} hoje. Uma por dia já está ótimo — tenta de novo amanhã!`,
    self: () => `Não dá para cutucar você mesmo 🙂 Escolhe um colega, ex.: ${call(names, "pt-BR", "@ana")}`,
    notFound: ({ who }) =>
      `Não conheço “${who}” neste grupo. Cutuca alguém que já usou o bot aqui, ex.: ${call(names, "pt-BR", "@ana")}, ou responde a uma mensagem da pessoa com ${call(names, "pt-BR")}.`,
    notMember: () =>
      `Essa pessoa ainda não usou o bot neste grupo, então não dá para cutucar. Convida ela a mandar ${call(joinNames, "pt-BR")} aqui!`,
    several: ({ who }) =>
      `Tem mais de uma pessoa aqui chamada “${who}”. Usa o @ dela, ex.: ${call(names, "pt-BR", "@ana_souza")}, ou responde a uma mensagem dela com ${call(names, "pt-BR")}.`,
    theyTurnedOff: ({ name }) =>
      `${name} desligou as cutucadas, então não vou mandar. Uma mensagem no grupo também funciona!`,
    theyArePaused: ({ name }) =>
      `${name} está dando uma pausa nos estudos agora, então não vou cutucar. Uma mensagem no grupo também funciona!`,
    noDm: ({ name }) =>
      `Ainda não consigo falar com ${name} no privado: a pessoa precisa abrir uma conversa comigo antes. Uma mensagem no grupo também funciona!`,
    whom: () =>
      `Quem eu cutuco? Diz o nome, ex.: ${call(names, "pt-BR", "@ana")}, ou responde a uma mensagem da pessoa com ${call(names, "pt-BR")}.`,
    inPrivate: () =>
      `As cutucadas saem de um grupo: escreve ${call(names, "pt-BR", "@ana")} no chat do seu grupo de estudos. Aqui você pode desligar as suas com ${call(names, "pt-BR", "desligar")}.`,
    tooLong: () => `Esse nome é comprido demais. Tenta o @ da pessoa, ex.: ${call(names, "pt-BR", "@ana")}`,
    turnedOff: () =>
      `🔕 Cutucadas desligadas: ninguém consegue te cutucar. Para ligar de novo: ${call(names, "pt-BR", "ligar")}.`,
    turnedOn: () => `🔔 Cutucadas ligadas: seus colegas podem te cutucar de novo (uma vez por dia cada).`,
  },
};
