// /forget in both languages.
import type { Locale } from "../../roadmap/types.js";
import type { CommandNames } from "../names.js";
import { call } from "../names.js";
import type { CommandTexts } from "../spec.js";
import { names as startNames } from "../start/texts.js";

export const names: CommandNames = { name: "forget", aliases: { en: [], "pt-BR": ["esquecer"] } };

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

/** What /forget answers. */
export type ForgetReplies = {
  /** `button`: the platform confirms with a button (its label: confirmButton), the typed word still works. */
  confirm(p: { word: string; button: boolean }): string;
  confirmButton(p: Record<string, never>): string;
  done(p: Record<string, never>): string;
};

export const replies: Record<Locale, ForgetReplies> = {
  en: {
    confirm: ({ word, button }) =>
      `⚠️ This deletes your profile, every check-in, mock interview and scheduled message about you, for good. ${button ? `To confirm, tap the button below (or send /forget ${word}).` : `To confirm, send: /forget ${word}`}`,
    confirmButton: () => "🗑️ Delete everything",
    done: () =>
      `🗑️ Done: everything about you is deleted. If you come back, ${call(startNames, "en")} begins from zero.`,
  },
  "pt-BR": {
    confirm: ({ word, button }) =>
      `⚠️ Isto apaga para sempre o seu perfil, todos os check-ins, entrevistas simuladas e mensagens agendadas sobre você. ${button ? `Para confirmar, toque no botão abaixo (ou mande /esquecer ${word}).` : `Para confirmar, mande: /esquecer ${word}`}`,
    confirmButton: () => "🗑️ Apagar tudo",
    done: () =>
      `🗑️ Pronto: tudo sobre você foi apagado. Se voltar, ${call(startNames, "pt-BR")} começa do zero.`,
  },
};
