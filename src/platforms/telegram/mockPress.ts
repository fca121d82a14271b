// A press on the mock interview's keyboard. Answer sends the open question again as a message to reply to,
// with the reply box opened (force_reply); the others run /mock through the core and send its reply, and
// those that close the question (skip, stop, switch) take the keyboard off the message it was under.
import type { Context } from "grammy";
import { dispatch } from "../../core/dispatch.js";
import { type Messages, messagesFor } from "../../core/messages/index.js";
import type { AnswerBoxes } from "./answerBoxes.js";
import type { mockPressInput } from "./mockKeyboard.js";
import { type PressContext, pressIncoming } from "./press.js";
import { sendReply } from "./sendReply.js";
import { ignoringUnchanged } from "./unchanged.js";

type MockPress = NonNullable<ReturnType<typeof mockPressInput>>;

export async function handleMockPress(
  ctx: Context,
  press: MockPress,
  appT: Messages,
  { deps, clock, chatId, messageId }: PressContext,
  boxes?: AnswerBoxes,
): Promise<void> {
  const reply = await dispatch(deps, pressIncoming(ctx, chatId, { text: "", form: press.input }), clock());
  if (reply === null || reply.silent === true) return;
  const t = reply.locale === undefined ? appT : messagesFor(reply.locale);
  const asking = reply.awaitingAnswer;
  if (press.answer && asking !== undefined && asking.open === "now") {
    const box = await ctx.api.sendMessage(
      chatId,
      t["telegram.mock.answerPrompt"]({ question: asking.question }),
      {
        reply_markup: {
          force_reply: true,
          input_field_placeholder: t["telegram.mock.answerPlaceholder"]({}),
        },
        disable_notification: true,
      },
    );
    boxes?.remember(chatId, box.message_id, asking.answering);
    return;
  }
  if (press.closes) {
    await ignoringUnchanged(
      ctx.api.editMessageReplyMarkup(chatId, messageId, { reply_markup: { inline_keyboard: [] } }),
    );
  }
  await sendReply(ctx.api, reply, { chatId, t, inGroup: false, quiet: true });
}
