// When the bot is added to a group (a my_chat_member update: it was out, now it is in), it says what to do
// there, step by step, in the language of whoever added it.
import type { Context } from "grammy";
import type { ChatMember } from "grammy/types";
import { localeFrom, messagesFor } from "../../core/messages/index.js";
import type { Locale } from "../../core/roadmap/types.js";

const OUT: ReadonlySet<ChatMember["status"]> = new Set(["left", "kicked"]);

export function myChatMemberHandler(defaultLocale: Locale) {
  return async (ctx: Context): Promise<void> => {
    const update = ctx.myChatMember;
    if (update === undefined || (update.chat.type !== "group" && update.chat.type !== "supergroup")) return;
    const joined = OUT.has(update.old_chat_member.status) && !OUT.has(update.new_chat_member.status);
    if (!joined) return;
    const t = messagesFor(localeFrom(update.from.language_code) ?? defaultLocale);
    await ctx.api.sendMessage(update.chat.id, t["telegram.groupGreeting"]({ botName: ctx.me.username }));
  };
}
