// English texts.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as helpNames } from "../../commands/help/texts.js";
import { call } from "../../commands/names.js";
import type { CommonMessages } from "../common.js";

const CHECKIN = call(checkinNames, "en");
const HELP = call(helpNames, "en");

export const common: CommonMessages = {
  "command.unknown": ({ name, suggestion }) =>
    `I don't know /${name}.${suggestion ? ` Did you mean /${suggestion}?` : ""} Send ${HELP} to see what I can do.`,
  "text.notCommand": () => `Commands start with a slash — try ${CHECKIN} 2h or ${HELP}.`,
  "error.internal": () =>
    "Something went wrong on my side and nothing was saved. Please try again in a moment.",
  "command.elsewhere": ({ where }) =>
    where === "group"
      ? "That one works in a group chat: send it there."
      : "That one works in our private chat: send it to me there.",
  "private.personal": ({ command, link }) =>
    `${command} is about your own data, so it happens in our private chat: ${link}`,
  "private.openButton": () => "💬 Open our private chat",
  "private.linkBelow": () => "👇",

  "console.banner": ({ database }) =>
    [
      `Constância — running in this terminal (database: ${database}).`,
      `Type ${HELP} to begin; start a line with @name to speak as another member (@ana ${CHECKIN} 2h).`,
      "To connect Discord or Telegram, set DISCORD_TOKEN or TELEGRAM_BOT_TOKEN in .env (see README).",
    ].join("\n"),
};
