// English texts only Discord shows.
import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as helpNames } from "../../commands/help/texts.js";
import { call } from "../../commands/names.js";
import { names as setupNames } from "../../commands/setup/texts.js";
import { names as startNames } from "../../commands/start/texts.js";
import type { DiscordMessages } from "../discord.js";

export const discord: DiscordMessages = {
  "discord.mock.topicMenu": () => "Next question on…",
  "discord.confirm.cancel": () => "Cancel",
  "discord.confirm.cancelled": () => "Cancelled: nothing was changed.",
  "discord.checkin.undoButton": () => "Undo",
  "discord.notYours": () => "That button is for the member whose reply it is under: nothing was changed.",
  "discord.logStudy.button": () => "Log study",
  "discord.logStudy.modalTitle": () => "Log study",
  "discord.logStudy.hoursLabel": () => "How long did you study?",
  "discord.logStudy.hoursPlaceholder": () => "2h, 45min, 1h30",
  "discord.logStudy.noteLabel": () => "What did you study? (optional)",
  "discord.logStudy.notePlaceholder": () => "e.g. Docker volumes",
  "discord.welcome": () =>
    [
      "👋 Hi! I'm Constância: I help this server study with constancy — check-ins, weekly goals, a weekly summary and mock interviews.",
      "To start:",
      `1. An admin runs ${call(setupNames, "en")} and picks the channel for the weekly summary (and the timezone).`,
      `2. Each of you runs ${call(startNames, "en")} to set day 1 of the roadmap, then ${call(checkinNames, "en", "hours:2h")} after studying.`,
      "3. Allow DMs from server members: reminders and your weekly recap come by DM.",
      `${call(helpNames, "en")} lists everything. Constancy matters more than speed.`,
    ].join("\n"),
  "discord.mock.modalTitle": () => "Mock interview",
  "discord.mock.answerLabel": () => "Your answer",
  "discord.mock.answerPlaceholder": () => "Situation, task, action, result — with numbers where you can.",
  "discord.mock.answerButton": () => "Answer the follow-up",
  "discord.mock.skipButton": () => "Skip",
  "discord.mock.stopButton": () => "Stop",
  "discord.mock.historyButton": () => "History",
  "discord.mock.anotherButton": () => "Another question",
  "discord.mock.detailsButton": () => "Full breakdown",
  "discord.mock.switchButton": ({ topic }) => `Switch to ${topic}`,
  "discord.plan.editButton": () => "Edit plan",
  "discord.plan.modalTitle": () => "Your study plan",
  "discord.plan.blocksLabel": () => "Days and hours (empty: no blocks)",
  "discord.plan.blocksPlaceholder": () => "mon wed fri 19:00-21:00; sat 09:00-12:00",
  "discord.plan.obstacleLabel": () => "If… (what could get in the way)",
  "discord.plan.obstaclePlaceholder": () => "I get home tired",
  "discord.plan.fallbackLabel": () => "Then… (what you'll do instead)",
  "discord.plan.fallbackPlaceholder": () => "20 minutes of flashcards",
};
