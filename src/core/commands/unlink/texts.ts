// /unlink in both languages.
import type { Platform } from "../../ports.js";
import type { Locale } from "../../roadmap/types.js";
import { names as linkNames, PLATFORM_NAMES, platformList } from "../link/texts.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";

export const names: CommandNames = { name: "unlink", aliases: { en: [], "pt-BR": ["desvincular"] } };

export const texts: Record<Locale, CommandTexts> = {
  en: {
    description: "Separate this account from the ones linked with /link, from now on",
    menu: "Separate this account from your linked ones (asks first)",
    help: () =>
      "/unlink — this account becomes its own member again from now on; the history stays with the linked one (asks first)",
    options: { confirm: { name: "confirm", description: "Type yes to confirm" } },
  },
  "pt-BR": {
    description: "Separa esta conta das vinculadas com /vincular, daqui pra frente",
    menu: "Separar esta conta das suas vinculadas (pergunta antes)",
    help: () =>
      "/desvincular (/unlink) — esta conta volta a ser uma pessoa à parte daqui pra frente; o histórico fica com a vinculada (pergunta antes)",
    options: { confirm: { name: "confirmar", description: "Digite sim para confirmar" } },
  },
};

/** What /unlink answers. */
export type UnlinkReplies = {
  /** `others`: where the history stays; `button`: the platform confirms with a button (its label: confirmButton). */
  confirm(p: { here: Platform; others: Platform[]; word: string; button: boolean }): string;
  confirmButton(p: Record<string, never>): string;
  done(p: { here: Platform; others: Platform[] }): string;
  notLinked(p: Record<string, never>): string;
};

export const replies: Record<Locale, UnlinkReplies> = {
  en: {
    confirm: ({ here, others, word, button }) =>
      `⚠️ From now on your ${PLATFORM_NAMES.en[here]} account will be a member of its own. Everything so far (check-ins, streak, tasks, mock interviews) stays with your account on ${platformList(others, "en")}; this one starts with no history, with the same settings, and its groups here follow it. ${button ? `To confirm, tap the button below (or send /unlink ${word}).` : `To confirm, send: /unlink ${word}`}`,
    confirmButton: () => "✂️ Unlink",
    done: ({ here, others }) =>
      `✂️ Unlinked: this ${PLATFORM_NAMES.en[here]} account is a member of its own from now on, starting with no history. The history so far stays with your account on ${platformList(others, "en")}. To join them again: ${call(linkNames, "en")}.`,
    notLinked: () =>
      `This account isn't linked to any other: nothing to separate. To link one, send ${call(linkNames, "en")} here and the code on the other platform.`,
  },
  "pt-BR": {
    confirm: ({ here, others, word, button }) =>
      `⚠️ Daqui pra frente a sua conta do ${PLATFORM_NAMES["pt-BR"][here]} vai ser uma pessoa à parte. Tudo até agora (check-ins, sequência, tarefas, entrevistas simuladas) fica com a sua conta ${platformList(others, "pt-BR")}; esta começa sem histórico, com as mesmas configurações, e os grupos dela aqui vão junto. ${button ? `Para confirmar, toque no botão abaixo (ou mande /desvincular ${word}).` : `Para confirmar, mande: /desvincular ${word}`}`,
    confirmButton: () => "✂️ Desvincular",
    done: ({ here, others }) =>
      `✂️ Pronto, desvinculada: esta conta do ${PLATFORM_NAMES["pt-BR"][here]} é uma pessoa à parte daqui pra frente, começando sem histórico. O histórico até agora fica com a sua conta ${platformList(others, "pt-BR")}. Para juntar de novo: ${call(linkNames, "pt-BR")}.`,
    notLinked: () =>
      `Esta conta não está vinculada a nenhuma outra: não há o que separar. Para vincular, mande ${call(linkNames, "pt-BR")} aqui e o código na outra plataforma.`,
  },
};
