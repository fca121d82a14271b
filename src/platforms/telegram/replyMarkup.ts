// The buttons under a core reply on Telegram: the plan's keyboard, the mock interview's, or a confirmation
// with Cancel beside it. Only in private chats: in a group a press comes from whoever taps, not the member.
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Reply } from "../../core/commands/context.js";
import type { Messages } from "../../core/messages/index.js";
import { confirmKeyboard } from "./confirmKeyboard.js";
import { mockKeyboard } from "./mockKeyboard.js";
import { planKeyboard, stateOf } from "./planKeyboard.js";

/** A link as a button: harmless in a group, where whoever taps opens their own private chat. */
export function linkMarkupOf(reply: Reply): InlineKeyboardMarkup | undefined {
  const link = reply.openLink;
  return link === undefined ? undefined : { inline_keyboard: [[{ text: link.label, url: link.url }]] };
}

export function replyMarkupOf(reply: Reply, t: Messages): InlineKeyboardMarkup | undefined {
  if (reply.planForm !== undefined) return planKeyboard(stateOf(reply.planForm));
  if (reply.confirm !== undefined) return confirmKeyboard(t, reply.confirm);
  const actions = reply.mockActions ?? [];
  return actions.length === 0 ? undefined : mockKeyboard(t, actions);
}
