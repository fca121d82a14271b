// English texts.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as helpNames } from "../../commands/help/texts.js";
import { call } from "../../commands/names.js";
import { names as undoNames } from "../../commands/undo/texts.js";
import type { CommonMessages } from "../common.js";
import { formatMinutes as hm } from "../format.js";
import { streakLine, weekLine } from "./progressLines.js";

const CHECKIN = call(checkinNames, "en");
const HELP = call(helpNames, "en");
const UNDO = call(undoNames, "en");

const EXAMPLES = `${CHECKIN} 3h · ${CHECKIN} 90m · ${CHECKIN} 1h30 pandas · ${CHECKIN} 2h yesterday`;

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

  "checkin.missing": () => `How long did you study? For example: ${EXAMPLES}`,
  "checkin.invalid": ({ input }) => `I couldn't read “${input}” as a duration. Try: ${EXAMPLES}`,
  "checkin.notPositive": ({ input }) =>
    `“${input}” is not a study time: a check-in must be more than zero. For example: ${CHECKIN} 45m`,
  "checkin.tooLong": ({ input, maxHours }) =>
    `“${input}” is more than ${maxHours}h in one check-in. Split a long day into several check-ins, for example: ${CHECKIN} 2h30 — and write minutes with m: ${CHECKIN} 90m`,
  "checkin.dayFull": ({ date, dayMinutes, minutes, maxHours }) =>
    `${date} already has ${hm(dayMinutes)} logged; ${hm(minutes)} more would pass ${maxHours}h in one day, so nothing was recorded. If a check-in was wrong, ${UNDO} it and log again, e.g. ${CHECKIN} 2h.`,
  "checkin.recorded": ({ minutes, date, daysAgo, note, week, streak, earlierWeek, noteShortened }) =>
    [
      `✅ Logged ${hm(minutes)}${daysAgo === 1 ? ` for yesterday (${date})` : ""}${note ? ` — ${note}` : ""}.`,
      ...(noteShortened ? ["✂️ Your note was very long, so I kept just the start of it."] : []),
      weekLine(week, earlierWeek),
      streakLine(streak),
    ].join("\n"),
  "checkin.duplicate": () => "That check-in was already counted.",
  "checkin.onlyTodayOrYesterday": ({ input }) =>
    `I can only log time for today or yesterday, so nothing was logged for “${input}”. For example: ${CHECKIN} 2h yesterday`,

  "console.banner": ({ database }) =>
    [
      `Constância — running in this terminal (database: ${database}).`,
      `Type ${HELP} to begin; start a line with @name to speak as another member (@ana ${CHECKIN} 2h).`,
      "To connect Discord or Telegram, set DISCORD_TOKEN or TELEGRAM_BOT_TOKEN in .env (see README).",
    ].join("\n"),
};
