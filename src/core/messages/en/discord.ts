// English texts only Discord shows.
import type { DiscordMessages } from "../discord.js";

export const discord: DiscordMessages = {
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
