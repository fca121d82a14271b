// English texts only Telegram shows.
import type { TelegramMessages } from "../telegram.js";

export const telegram: TelegramMessages = {
  "telegram.running": ({ username, webhook }) =>
    [
      `Constância is running on Telegram as @${username} (${webhook ? "webhook" : "long polling"}).`,
      `Open https://t.me/${username} and send /start; add the bot to a group and send /join there. Ctrl+C stops it.`,
    ].join("\n"),
};
