// /link in both languages.
import type { Platform } from "../../ports.js";
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";
import { names as unlinkNames } from "../unlink/texts.js";

export const names: CommandNames = { name: "link", aliases: { en: [], "pt-BR": ["vincular"] } };

/** How long a code works. */
export const LINK_CODE_MINUTES = 10;

const EXAMPLE = "K7MQ-4X2P";

/** A platform as members call it. */
export const PLATFORM_NAMES: Record<Locale, Record<Platform, string>> = {
  en: { telegram: "Telegram", discord: "Discord", console: "the terminal" },
  "pt-BR": { telegram: "Telegram", discord: "Discord", console: "terminal" },
};

/** Platforms as a sentence names them: "Discord and Telegram", "do Discord e do Telegram". */
export function platformList(platforms: readonly Platform[], locale: Locale): string {
  const items = platforms.map((p) =>
    locale === "en" ? PLATFORM_NAMES.en[p] : `do ${PLATFORM_NAMES["pt-BR"][p]}`,
  );
  const and = locale === "en" ? "and" : "e";
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;
}

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Link your account on another platform: one member, one history",
    menu: "Link your Telegram and Discord accounts (a code to send on the other)",
    help: () =>
      `/link [code] — link your accounts on Telegram and Discord into one: /link gives a code, /link ${EXAMPLE} on the other platform uses it`,
    options: {
      code: { name: "code", description: `The code /link gave on the other platform, e.g. ${EXAMPLE}` },
    },
  },
  "pt-BR": {
    description: "Vincula a sua conta de outra plataforma: uma pessoa, um histórico só",
    menu: "Juntar as suas contas do Telegram e do Discord (um código para mandar na outra)",
    help: () =>
      `/vincular (/link) [código] — junta as suas contas do Telegram e do Discord numa só: /vincular dá um código, /vincular ${EXAMPLE} na outra plataforma usa ele`,
    options: {
      code: {
        name: "codigo",
        description: `O código que o /vincular deu na outra plataforma, ex.: ${EXAMPLE}`,
      },
    },
  },
};

/** What /link answers. */
export type LinkReplies = {
  code(p: { code: string; platform: Platform }): string;
  linked(p: { platforms: Platform[]; keptOwnSettings: boolean }): string;
  alreadyLinked(p: Record<string, never>): string;
  samePlatform(p: { platform: Platform }): string;
  unknownCode(p: Record<string, never>): string;
  badCode(p: Record<string, never>): string;
};

export const replies: Record<Locale, LinkReplies> = {
  en: {
    code: ({ code, platform }) =>
      `🔗 Your link code: ${code}\nWithin ${LINK_CODE_MINUTES} minutes, send /link ${code} to me on your other platform (not ${PLATFORM_NAMES.en[platform]}). It works once; your check-ins, streak, tasks, mock interviews and groups then become one.`,
    linked: ({ platforms, keptOwnSettings }) =>
      `🔗 Linked: your accounts on ${platformList(platforms, "en")} are one member now. Check-ins, streak, tasks, mock interviews and groups are together (a day with check-ins on both counts once for the streak; the hours add up), with one row on every board. Settings kept: ${keptOwnSettings ? "those of the account that gave the code, the older one" : "this account's, the older one"} (timezone, reminders, goal, plan). ${call(unlinkNames, "en")} separates them again.`,
    alreadyLinked: () => "🔗 These accounts are already linked: nothing changed.",
    samePlatform: ({ platform }) =>
      `Both accounts are on ${PLATFORM_NAMES.en[platform]}: only accounts on different platforms can be linked. Send /link on ${PLATFORM_NAMES.en[platform]}, then the code it gives to me on the other platform, e.g. /link ${EXAMPLE}.`,
    unknownCode: () =>
      `That code doesn't work: it's mistyped, already used or older than ${LINK_CODE_MINUTES} minutes. Send /link on your other account for a new one, then send it here, e.g. /link ${EXAMPLE}.`,
    badCode: () =>
      `A link code has 8 letters and digits, e.g. /link ${EXAMPLE}. Send /link alone to get one.`,
  },
  "pt-BR": {
    code: ({ code, platform }) =>
      `🔗 Seu código de vínculo: ${code}\nEm até ${LINK_CODE_MINUTES} minutos, me mande /vincular ${code} na sua outra plataforma (não no ${PLATFORM_NAMES["pt-BR"][platform]}). Ele vale uma vez só; aí os seus check-ins, sequência, tarefas, entrevistas simuladas e grupos viram um só.`,
    linked: ({ platforms, keptOwnSettings }) =>
      `🔗 Pronto, vinculadas: as suas contas ${platformList(platforms, "pt-BR")} agora são uma pessoa só. Check-ins, sequência, tarefas, entrevistas simuladas e grupos ficam juntos (um dia com check-in nas duas conta uma vez na sequência; as horas se somam), com uma linha só em cada placar. Configurações mantidas: ${keptOwnSettings ? "as da conta que gerou o código, a mais antiga" : "as desta conta, a mais antiga"} (fuso, lembretes, meta, plano). ${call(unlinkNames, "pt-BR")} separa de novo.`,
    alreadyLinked: () => "🔗 Essas contas já estão vinculadas: nada mudou.",
    samePlatform: ({ platform }) =>
      `As duas contas são do ${PLATFORM_NAMES["pt-BR"][platform]}: só dá pra vincular contas de plataformas diferentes. Mande /vincular no ${PLATFORM_NAMES["pt-BR"][platform]} e depois o código que ele der na outra plataforma, ex.: /vincular ${EXAMPLE}.`,
    unknownCode: () =>
      `Esse código não funciona: está digitado errado, já foi usado ou tem mais de ${LINK_CODE_MINUTES} minutos. Mande /vincular na sua outra conta pra pegar um novo e depois mande ele aqui, ex.: /vincular ${EXAMPLE}.`,
    badCode: () =>
      `O código de vínculo tem 8 letras e números, ex.: /vincular ${EXAMPLE}. Mande só /vincular pra receber um.`,
  },
};
