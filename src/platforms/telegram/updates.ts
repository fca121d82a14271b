// The updates the bot asks Telegram for: new messages (an edited message never re-runs a command) and
// presses on the bot's buttons.
import type { Update } from "grammy/types";

export const ALLOWED_UPDATES: ReadonlyArray<Exclude<keyof Update, "update_id">> = [
  "message",
  "callback_query",
];
