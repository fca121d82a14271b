// A confirmation as buttons (/forget, /undo of an earlier day): the first runs the confirming command as if
// typed (`confirm:/forget yes`), Cancel leaves everything as it was. The typed command works too.
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Reply } from "../../core/commands/context.js";
import type { Messages } from "../../core/messages/index.js";
import { LOCALES, type Locale } from "../../core/roadmap/types.js";

const PREFIX = "confirm:";
/** Cancel runs no command: it carries the language of its labels, for the notice it shows. */
const CANCEL = `${PREFIX}-`;

export function confirmKeyboard(t: Messages, confirm: NonNullable<Reply["confirm"]>): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        { text: confirm.label, callback_data: `${PREFIX}${confirm.command}` },
        { text: t["telegram.confirm.cancel"]({}), callback_data: `${CANCEL}${t.locale}` },
      ],
    ],
  };
}

/** A press on a confirmation: the command to run, or cancel (in its labels' language); null for another. */
export function confirmPressOf(data: string): { command: string } | { cancel: Locale | null } | null {
  if (data.startsWith(CANCEL)) {
    const locale = data.slice(CANCEL.length);
    return { cancel: LOCALES.find((l) => l === locale) ?? null };
  }
  if (!data.startsWith(PREFIX)) return null;
  const command = data.slice(PREFIX.length);
  // Only ever a command: a press never becomes plain text (an answer) or anything else typed.
  return command.startsWith("/") ? { command } : null;
}
