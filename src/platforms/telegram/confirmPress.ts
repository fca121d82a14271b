// A press on a confirmation's buttons: the confirming command runs as typed and its outcome replaces the
// question, buttons gone, so it cannot be pressed twice; Cancel only takes the buttons away.
import type { Context } from "grammy";
import { dispatch } from "../../core/dispatch.js";
import { type Messages, messagesFor } from "../../core/messages/index.js";
import type { confirmPressOf } from "./confirmKeyboard.js";
import { type PressContext, pressIncoming } from "./press.js";
import { replyMarkupOf } from "./replyMarkup.js";
import { ignoringUnchanged } from "./unchanged.js";

const NO_BUTTONS = { inline_keyboard: [] };

/** Handles the press; the notice to show, if any. */
export async function handleConfirmPress(
  ctx: Context,
  press: NonNullable<ReturnType<typeof confirmPressOf>>,
  t: Messages,
  { deps, clock, chatId, messageId }: PressContext,
): Promise<string | undefined> {
  if ("cancel" in press) {
    await ignoringUnchanged(ctx.api.editMessageReplyMarkup(chatId, messageId, { reply_markup: NO_BUTTONS }));
    return (press.cancel === null ? t : messagesFor(press.cancel))["telegram.confirm.cancelled"]({});
  }
  const reply = await dispatch(deps, pressIncoming(ctx, chatId, { text: press.command }), clock());
  if (reply === null || reply.silent === true) return reply?.text;
  await ignoringUnchanged(
    ctx.api.editMessageText(chatId, messageId, reply.text, {
      reply_markup:
        replyMarkupOf(reply, reply.locale === undefined ? t : messagesFor(reply.locale)) ?? NO_BUTTONS,
    }),
  );
  return undefined;
}
