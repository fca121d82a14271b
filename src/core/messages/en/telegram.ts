// English texts only Telegram shows.
import type { TelegramMessages } from "../telegram.js";

export const telegram: TelegramMessages = {
  "telegram.command.start": () => "Join; your roadmap starts today (or /start YYYY-MM-DD)",
  "telegram.command.checkin": () => "Log study time: /checkin 2h, /checkin 1h30 pandas",
  "telegram.command.undo": () => "Remove your latest check-in",
  "telegram.command.progress": () => "This week against the target, streak, roadmap week",
  "telegram.command.roadmap": () => "A week's focus and tasks",
  "telegram.command.timezone": () => "Your timezone, e.g. /timezone America/Sao_Paulo",
  "telegram.command.language": () => "Reply in English or Portuguese: /language en|pt",
  "telegram.command.help": () => "What I can do",
  "telegram.command.remind": () => "Time of your daily reminder, e.g. /remind 08:30",
  "telegram.command.quiet": () => "Hours with no messages, e.g. /quiet 22:00-07:00, or off",
  "telegram.command.pause": () => "Pause reminders, e.g. /pause 7 or /pause 2026-12-20",
  "telegram.command.resume": () => "Resume reminders",
  "telegram.command.export": () => "Everything stored about you, as a file",
  "telegram.command.forget": () => "Delete everything about you (asks first)",
  "telegram.command.join": () => "Join this group's study group",
  "telegram.command.leaderboard": () => "This week's hours in the group",
  "telegram.command.setup": () => "Admins: post the group's weekly summary here",
  "telegram.command.mock": () => "Practise a job interview question",

  "telegram.progressInPrivate": ({ link }) =>
    `Your full progress is in our private chat, so the group stays readable: ${link}`,
  "telegram.mockInPrivate": ({ link }) =>
    `Mock interviews happen in a private chat, so you can answer at your own pace: ${link}`,
  "telegram.personalInPrivate": ({ command, link }) =>
    `/${command} is about your own data, so it happens in our private chat: ${link}`,

  "telegram.running": ({ username, webhook }) =>
    [
      `Constância is running on Telegram as @${username} (${webhook ? "webhook" : "long polling"}).`,
      `Open https://t.me/${username} and send /start; add the bot to a group and send /join there. Ctrl+C stops it.`,
    ].join("\n"),
};
