// What a button press brings to the core: the presser in the private chat the button is in, the press's id
// as the event's (a redelivered press changes nothing twice), and Telegram's capabilities.
import type { Context } from "grammy";
import type { CoreDeps, FormInput, IncomingMessage } from "../../core/commands/context.js";
import { telegramCapabilities } from "./capabilities.js";
import { displayNameOf } from "./toIncoming.js";

export interface PressContext {
  deps: CoreDeps;
  clock: () => Date;
  chatId: number;
  messageId: number;
}

export function pressIncoming(
  ctx: Context,
  chatId: number,
  what: { text: string; form?: FormInput },
): IncomingMessage {
  const query = ctx.callbackQuery;
  if (query === undefined) throw new Error("not a button press");
  return {
    platform: "telegram",
    eventId: `callback:${query.id}`,
    user: {
      id: String(query.from.id),
      displayName: displayNameOf(query.from),
      locale: query.from.language_code ?? null,
    },
    chat: { id: String(chatId), kind: "private" },
    text: what.text,
    ...(what.form === undefined ? {} : { form: what.form }),
    capabilities: telegramCapabilities(ctx.me.username),
  };
}
