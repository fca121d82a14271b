// The updates the bot asks Telegram for: new messages only, so an edited message never re-runs a command.
import type { Update } from "grammy/types";

export const ALLOWED_UPDATES: ReadonlyArray<Exclude<keyof Update, "update_id">> = ["message"];
