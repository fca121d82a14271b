// The updates the bot asks Telegram for: new messages (an edited message never re-runs a command), presses
// on the bot's buttons, and the bot's own membership of a chat changing (added to a group: it greets).
import type { Update } from "grammy/types";

export const ALLOWED_UPDATES: ReadonlyArray<Exclude<keyof Update, "update_id">> = [
  "message",
  "callback_query",
  "my_chat_member",
];
