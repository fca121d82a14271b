// Handles a press on one of the bot's inline keyboards — the plan's, the mock interview's, a confirmation's
// — only in the private chat it is shown in: in a group, whoever taps would act as the member. Every press is
// answered, or Telegram's spinner stays.
import type { Context } from "grammy";
import type { CoreDeps } from "../../core/commands/context.js";
import { localeFrom, messagesFor } from "../../core/messages/index.js";
import type { AnswerBoxes } from "./answerBoxes.js";
import { confirmPressOf } from "./confirmKeyboard.js";
import { handleConfirmPress } from "./confirmPress.js";
import { mockPressInput } from "./mockKeyboard.js";
import { handleMockPress } from "./mockPress.js";
import { planPressOf } from "./planKeyboard.js";
import { handlePlanPress } from "./planPress.js";

export interface CallbackHandlerOptions {
  deps: CoreDeps;
  clock: () => Date;
  /** Where the answer boxes Answer sends are remembered with their question. */
  boxes?: AnswerBoxes;
}

/** Telegram's longest notification text for a press. */
const MAX_NOTICE = 200;

export function callbackHandler({ deps, clock, boxes }: CallbackHandlerOptions) {
  return async (ctx: Context): Promise<void> => {
    const query = ctx.callbackQuery;
    if (query === undefined) return;
    let notice: string | undefined;
    try {
      const message = query.message;
      if (message === undefined || message.chat.type !== "private") return;
      const data = query.data ?? "";
      const press = { deps, clock, chatId: message.chat.id, messageId: message.message_id };
      const t = messagesFor(localeFrom(query.from.language_code) ?? deps.defaultLocale);
      const plan = planPressOf(data);
      if (plan !== null) {
        notice = await handlePlanPress(ctx, plan, press);
        return;
      }
      const mock = mockPressInput(data);
      if (mock !== null) {
        await handleMockPress(ctx, mock, t, press, boxes);
        return;
      }
      const confirm = confirmPressOf(data);
      if (confirm !== null) notice = await handleConfirmPress(ctx, confirm, t, press);
    } finally {
      const text = notice?.slice(0, MAX_NOTICE);
      await ctx.answerCallbackQuery(text === undefined ? {} : { text });
    }
  };
}
