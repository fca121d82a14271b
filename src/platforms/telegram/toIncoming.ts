// A Telegram message → the core's IncomingMessage; null for what the core does not handle.
import type { Message, User } from "grammy/types";
import type { IncomingMessage } from "../../core/commands/context.js";

export function displayNameOf(user: User): string {
  const full = [user.first_name, user.last_name].filter(Boolean).join(" ").trim();
  return full || user.username || String(user.id);
}

export function toIncoming(updateId: number, message: Message): IncomingMessage | null {
  const { chat, from } = message;
  // A document's caption is its command (/roadmap import with the file).
  const text = message.text ?? message.caption;
  if (from === undefined || text === undefined || chat.type === "channel") return null;
  const isPrivate = chat.type === "private";
  return {
    platform: "telegram",
    // update_id alone restarts when a bot's updates are reset; with the chat it stays unique enough.
    eventId: `${chat.id}:${updateId}`,
    // Telegram stamps a message in whole seconds when it reaches its servers.
    sentAt: new Date(message.date * 1000),
    user: {
      id: String(from.id),
      displayName: displayNameOf(from),
      locale: from.language_code ?? null,
      username: from.username ?? null,
    },
    // A reply to a member's message names them (/nudge); not a bot's, nor a topic's opening (a forum's default).
    ...(message.reply_to_message?.from !== undefined &&
    !message.reply_to_message.from.is_bot &&
    message.reply_to_message.forum_topic_created === undefined
      ? { replyTo: { userId: String(message.reply_to_message.from.id) } }
      : {}),
    chat: isPrivate
      ? { id: String(chat.id), kind: "private" }
      : {
          id: String(chat.id),
          kind: "group",
          title: chat.title,
          // In a forum, the topic it was sent in: where the group's posts set up there go.
          ...(message.is_topic_message === true && message.message_thread_id !== undefined
            ? { threadId: String(message.message_thread_id) }
            : {}),
        },
    text,
  };
}
