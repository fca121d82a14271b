// English texts of the Discord commands.
import type { DiscordMessages, SlashCommand, SlashOption } from "../discord.js";

const DESCRIPTIONS: Record<SlashCommand, string> = {
  start: "Join, and set day 1 of your roadmap",
  checkin: "Log study time, e.g. 3h, 90m, 1h30",
  undo: "Remove your most recent check-in (within 24 h)",
  progress: "This week against the target, your streak and roadmap week",
  roadmap: "A roadmap week's focus and tasks",
  mock: "Practise an interview question",
  leaderboard: "The group's hours ranking",
  "leaderboard-optout": "Leave the leaderboard (your hours still count in the group total)",
  "leaderboard-optin": "Appear on the leaderboard again",
  remind: "The time of your daily reminder",
  quiet: "Hours when I send you nothing",
  pause: "Pause reminders",
  resume: "Resume reminders",
  timezone: "Your timezone, e.g. America/Sao_Paulo",
  language: "Reply in English or Brazilian Portuguese",
  setup: "Set the study channel, timezone and weekly summary time",
  export: "Everything stored about you, as a file",
  forget: "Delete everything stored about you",
  help: "What I can do",
};

const OPTIONS: Partial<Record<`${SlashCommand}.${SlashOption}`, string>> = {
  "start.date": "Day 1, YYYY-MM-DD (default: today; may be a future day for a cohort)",
  "checkin.hours": "How long you studied: 3h, 90m, 1h30, 2h yesterday",
  "checkin.note": "What you studied (optional)",
  "roadmap.week": "The week number (default: your current week)",
  "mock.topic": "The interview topic (default: the one you most need to practise)",
  "leaderboard.period": "Which weeks to rank (default: this week)",
  "remind.time": "Reminder time, HH:MM (empty: show the current one)",
  "quiet.range": "HH:MM-HH:MM, e.g. 22:00-07:00, or off (empty: show the current one)",
  "pause.until": "Number of days or a date YYYY-MM-DD (empty: until /resume)",
  "timezone.zone": "An IANA timezone, e.g. Europe/Lisbon",
  "language.language": "The language of my replies",
  "forget.confirm": "Type yes to confirm: this cannot be undone",
  "setup.channel": "Where the weekly summary is posted",
  "setup.timezone": "The group's timezone",
  "setup.day": "The day of the weekly summary",
  "setup.time": "The time of the weekly summary, HH:MM",
  "setup.checkins": "Who sees check-in confirmations here (empty: keep the current choice)",
};

export const discord: DiscordMessages = {
  "discord.command.name": ({ command }) => command,
  "discord.command.description": ({ command }) => DESCRIPTIONS[command],
  "discord.option.name": ({ option }) => option,
  "discord.option.description": ({ command, option }) => OPTIONS[`${command}.${option}`] ?? option,
  "discord.choice.period": ({ period }) =>
    ({ this: "This week", last: "Last week", all: "All time" })[period],
  "discord.choice.language": ({ language }) => ({ en: "English", "pt-BR": "Português (Brasil)" })[language],
  "discord.choice.weekday": ({ day }) => day.charAt(0).toUpperCase() + day.slice(1),
  "discord.choice.checkins": ({ visibility }) =>
    ({
      public: "Public: everyone in the channel sees them",
      private: "Private: only the member who checks in",
    })[visibility],
  "discord.mock.modalTitle": () => "Mock interview",
  "discord.mock.answerLabel": () => "Your answer",
  "discord.mock.answerPlaceholder": () => "Situation, task, action, result — with numbers where you can.",
  "discord.mock.answerButton": () => "Answer the follow-up",
};
