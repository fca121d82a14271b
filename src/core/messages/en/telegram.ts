// English texts only Telegram shows.

import { names as joinNames } from "../../commands/join/texts.js";
import { call } from "../../commands/names.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { TelegramMessages } from "../telegram.js";

const JOIN = call(joinNames, "en");
const START = call(startNames, "en");

export const telegram: TelegramMessages = {
  "telegram.running": ({ username, webhook }) =>
    [
      `Constância is running on Telegram as @${username} (${webhook ? "webhook" : "long polling"}).`,
      `Open https://t.me/${username} and send ${START}; add the bot to a group and send ${JOIN} there. Ctrl+C stops it.`,
    ].join("\n"),
  "telegram.plan.day": ({ weekday }) => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday] ?? "?",
  "telegram.plan.save": () => "💾 Save",
  "telegram.plan.clear": () => "🗑️ Clear",
  "telegram.plan.pickFirst": () => "Pick at least one day and a time first.",
};
