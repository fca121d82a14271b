// English texts only Discord shows.
import type { DiscordMessages } from "../discord.js";

export const discord: DiscordMessages = {
  "discord.mock.modalTitle": () => "Mock interview",
  "discord.mock.answerLabel": () => "Your answer",
  "discord.mock.answerPlaceholder": () => "Situation, task, action, result — with numbers where you can.",
  "discord.mock.answerButton": () => "Answer the follow-up",
};
