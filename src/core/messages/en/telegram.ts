// English texts only Telegram shows.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as joinNames } from "../../commands/join/texts.js";
import { names as leaderboardNames } from "../../commands/leaderboard/texts.js";
import { names as mockNames } from "../../commands/mock/texts.js";
import { call } from "../../commands/names.js";
import { names as progressNames } from "../../commands/progress/texts.js";
import { names as setupNames } from "../../commands/setup/texts.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { TelegramMessages } from "../telegram.js";

const JOIN = call(joinNames, "en");
const START = call(startNames, "en");
const CHECKIN = call(checkinNames, "en");
const LEADERBOARD = call(leaderboardNames, "en");
const MOCK = call(mockNames, "en");
const PROGRESS = call(progressNames, "en");
const SETUP = call(setupNames, "en");

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
  "telegram.mock.answer": () => "✍️ Answer",
  "telegram.mock.skip": () => "⏭️ Skip",
  "telegram.mock.stop": () => "⏹️ Stop",
  "telegram.mock.switch": ({ topic }) => `🔀 Switch to ${topic}`,
  "telegram.mock.another": () => "🎤 Another question",
  "telegram.mock.details": () => "🔎 Full breakdown",
  "telegram.mock.history": () => "📈 History",
  "telegram.mock.answerHeading": () => "✍️ Your answer",
  "telegram.mock.answerPrompt": ({ question }) =>
    `✍️ Your answer\n${question}\n\nWrite it as a reply to this message: the box below is ready for it.`,
  "telegram.mock.answerPlaceholder": () => "Situation, task, action, result…",
  "telegram.confirm.cancel": () => "✖️ Cancel",
  "telegram.confirm.cancelled": () => "Cancelled: nothing was changed.",
  "telegram.description": () =>
    `Constância keeps your study group on track: log study with ${CHECKIN} 2h, see your week with ${PROGRESS}, get a daily nudge with your roadmap's task, and practise interviews with ${MOCK}. Tap Start to make today day 1 of your roadmap.`,
  "telegram.shortDescription": () =>
    "Study accountability for groups: check-ins, weekly goals, daily nudges and mock interviews.",
  "telegram.groupGreeting": ({ botName }) =>
    [
      "👋 Hi, I'm Constância: I help this group keep a study routine.",
      `1. Each member sends ${JOIN} here once.`,
      `2. An admin sends ${SETUP} to get the weekly summary here (Sundays at 20:00 unless you choose).`,
      `3. Log study with ${CHECKIN} 2h pandas; ${LEADERBOARD} shows the week.`,
      `Reminders and mock interviews come in private: open @${botName} and tap Start.`,
    ].join("\n"),
};
