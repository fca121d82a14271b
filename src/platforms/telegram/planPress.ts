// A press on the plan's keyboard: a day or a time redraws the keyboard; Save and Clear run /plan through the
// core, as typed, and put its reply in the message.
import type { Context } from "grammy";
import type { Reply } from "../../core/commands/context.js";
import { dispatch } from "../../core/dispatch.js";
import { messagesFor } from "../../core/messages/index.js";
import { type KeyboardState, type PlanPress, planArgs, planKeyboard, stateOf } from "./planKeyboard.js";
import { type PressContext, pressIncoming } from "./press.js";
import { ignoringUnchanged } from "./unchanged.js";

/** Handles the press; the notice to show, if any. */
export async function handlePlanPress(
  ctx: Context,
  press: PlanPress,
  { deps, clock, chatId, messageId }: PressContext,
): Promise<string | undefined> {
  const redraw = (state: KeyboardState) =>
    ignoringUnchanged(
      ctx.api.editMessageReplyMarkup(chatId, messageId, { reply_markup: planKeyboard(state) }),
    );
  if (press.action === "pick") {
    await redraw(press.state);
    return undefined;
  }
  const args = press.action === "clear" ? "off" : planArgs(press.state);
  if (args === null) return messagesFor(press.state.locale)["telegram.plan.pickFirst"]({});
  const reply: Reply | null = await dispatch(
    deps,
    pressIncoming(ctx, chatId, { text: `/plan ${args}` }),
    clock(),
  );
  if (reply === null || reply.silent === true) return undefined;
  // A refusal, or the remembered reply to a press already handled: said, the message kept as it is.
  if (reply.planForm === undefined) return reply.text;
  await ignoringUnchanged(
    ctx.api.editMessageText(chatId, messageId, reply.text, {
      reply_markup: planKeyboard(stateOf(reply.planForm)),
    }),
  );
  return undefined;
}
