// Handles a press on the plan's keyboard: a day or a time redraws the keyboard; Save and Clear run /plan
// through the core, as typed, and put its reply in the message. The press's id is the event's, so a
// redelivered press changes nothing twice. Every press is answered, or Telegram's spinner stays.
import { type Context, GrammyError } from "grammy";
import type { CoreDeps, IncomingMessage, Reply } from "../../core/commands/context.js";
import { dispatch } from "../../core/dispatch.js";
import { messagesFor } from "../../core/messages/index.js";
import { type KeyboardState, planArgs, planKeyboard, planPressOf, stateOf } from "./planKeyboard.js";
import { displayNameOf } from "./toIncoming.js";

export interface CallbackHandlerOptions {
  deps: CoreDeps;
  clock: () => Date;
}

/** Telegram's longest notification text for a press. */
const MAX_NOTICE = 200;

/** Telegram refuses an edit that changes nothing: a press repeated, or a keyboard already showing it. */
function unchanged(error: unknown): boolean {
  return error instanceof GrammyError && error.description.includes("message is not modified");
}

async function ignoringUnchanged(edit: Promise<unknown>): Promise<void> {
  try {
    await edit;
  } catch (error) {
    if (!unchanged(error)) throw error;
  }
}

export function callbackHandler({ deps, clock }: CallbackHandlerOptions) {
  return async (ctx: Context): Promise<void> => {
    const query = ctx.callbackQuery;
    if (query === undefined) return;
    let notice: string | undefined;
    try {
      const press = planPressOf(query.data ?? "");
      const message = query.message;
      // Only the plan's keyboard, and only in the private chat it is shown in.
      if (press === null || message === undefined || message.chat.type !== "private") return;
      const chatId = message.chat.id;
      const redraw = (state: KeyboardState) =>
        ignoringUnchanged(
          ctx.api.editMessageReplyMarkup(chatId, message.message_id, { reply_markup: planKeyboard(state) }),
        );
      if (press.action === "pick") {
        await redraw(press.state);
        return;
      }
      const args = press.action === "clear" ? "off" : planArgs(press.state);
      if (args === null) {
        notice = messagesFor(press.state.locale)["telegram.plan.pickFirst"]({});
        return;
      }
      const incoming: IncomingMessage = {
        platform: "telegram",
        eventId: `callback:${query.id}`,
        user: {
          id: String(query.from.id),
          displayName: displayNameOf(query.from),
          locale: query.from.language_code ?? null,
        },
        chat: { id: String(chatId), kind: "private" },
        text: `/plan ${args}`,
        capabilities: { privateReplies: false, forms: false, botName: ctx.me.username },
      };
      const reply: Reply | null = await dispatch(deps, incoming, clock());
      if (reply === null || reply.silent === true) return;
      if (reply.planForm === undefined) {
        // A refusal, or the remembered reply to a press already handled: said, the message kept as it is.
        notice = reply.text.slice(0, MAX_NOTICE);
        return;
      }
      await ignoringUnchanged(
        ctx.api.editMessageText(chatId, message.message_id, reply.text, {
          reply_markup: planKeyboard(stateOf(reply.planForm)),
        }),
      );
    } finally {
      await ctx.answerCallbackQuery(notice === undefined ? {} : { text: notice });
    }
  };
}
