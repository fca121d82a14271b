// English texts.

import type { RoadmapPosition } from "../../progress/roadmapPosition.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import type { CommonMessages } from "../common.js";
import { formatMinutes as hm } from "../format.js";

const EXAMPLES = "/checkin 3h · /checkin 90m · /checkin 1h30 pandas · /checkin 2h yesterday";

function weekLine(w: WeekProgress, earlierWeek = false): string {
  return `${earlierWeek ? "Last week" : "This week"}: ${hm(w.minutes)} of ${hm(w.targetMinutes)}\n${progressBar(w.percent)} ${w.percent}%`;
}

function paceLine(w: WeekProgress): string {
  if (w.paceMinutes === 0) return "🎯 Weekly target reached — great work!";
  if (w.outOfReach)
    return "The target is out of reach this week — every hour still counts, and so does your streak.";
  const days = w.daysLeft === 1 ? "today" : `each of the ${w.daysLeft} days left`;
  return `Pace: ${hm(w.paceMinutes)} ${days} to reach the target.`;
}

function streakLine(streak: number): string {
  if (streak === 0) return "🔥 Streak: none yet — a check-in today starts one.";
  return `🔥 Streak: ${streak} ${streak === 1 ? "day" : "days"}`;
}

function positionLine(p: RoadmapPosition): string {
  switch (p.kind) {
    case "unset":
      return "🗺️ Roadmap: send /start to set your day 1.";
    case "upcoming":
      return `🗺️ Roadmap starts on ${p.startDate} (in ${p.daysUntil} ${p.daysUntil === 1 ? "day" : "days"}).`;
    case "week":
      return `🗺️ Roadmap week ${p.week.number} of ${p.totalWeeks}: ${p.week.focus.en}`;
    case "finished":
      return `🗺️ You finished all ${p.totalWeeks} weeks of the roadmap — keep reviewing and practising interviews.`;
  }
}

export const common: CommonMessages = {
  "command.unknown": ({ name, suggestion }) =>
    `I don't know /${name}.${suggestion ? ` Did you mean /${suggestion}?` : ""} Send /help to see what I can do.`,
  "text.notCommand": () => "Commands start with a slash — try /checkin 2h or /help.",
  "error.internal": () =>
    "Something went wrong on my side and nothing was saved. Please try again in a moment.",
  "command.elsewhere": ({ where }) =>
    where === "group"
      ? "That one works in a group chat: send it there."
      : "That one works in our private chat: send it to me there.",
  "private.progress": ({ link }) =>
    `Your full progress is in our private chat, so the group stays readable: ${link}`,
  "private.mock": ({ link }) =>
    `Mock interviews happen in a private chat, so you can answer at your own pace: ${link}`,
  "private.personal": ({ command, link }) =>
    `/${command} is about your own data, so it happens in our private chat: ${link}`,

  "checkin.missing": () => `How long did you study? For example: ${EXAMPLES}`,
  "checkin.invalid": ({ input }) => `I couldn't read “${input}” as a duration. Try: ${EXAMPLES}`,
  "checkin.notPositive": ({ input }) =>
    `“${input}” is not a study time: a check-in must be more than zero. For example: /checkin 45m`,
  "checkin.tooLong": ({ input, maxHours }) =>
    `“${input}” is more than ${maxHours}h in one check-in. Split a long day into several check-ins, for example: /checkin 2h30 — and write minutes with m: /checkin 90m`,
  "checkin.dayFull": ({ date, dayMinutes, minutes, maxHours }) =>
    `${date} already has ${hm(dayMinutes)} logged; ${hm(minutes)} more would pass ${maxHours}h in one day, so nothing was recorded. If a check-in was wrong, /undo it and log again, e.g. /checkin 2h.`,
  "checkin.recorded": ({ minutes, date, daysAgo, note, week, streak, earlierWeek, noteShortened }) =>
    [
      `✅ Logged ${hm(minutes)}${daysAgo === 1 ? ` for yesterday (${date})` : ""}${note ? ` — ${note}` : ""}.`,
      ...(noteShortened ? ["✂️ Your note was very long, so I kept just the start of it."] : []),
      weekLine(week, earlierWeek),
      streakLine(streak),
    ].join("\n"),
  "checkin.duplicate": () => "That check-in was already counted.",
  "checkin.onlyTodayOrYesterday": ({ input }) =>
    `I can only log time for today or yesterday, so nothing was logged for “${input}”. For example: /checkin 2h yesterday`,

  "undo.removed": ({ minutes, date, note, week }) =>
    `↩️ Removed ${hm(minutes)} from ${date}${note ? ` (${note})` : ""}.\n${weekLine(week)}`,
  "undo.nothing": ({ hours }) => `There is no check-in from the last ${hours}h to undo.`,

  "progress.report": ({ week, streak, position, totalMinutes }) =>
    [
      `📊 Week of ${week.start} to ${week.end}`,
      weekLine(week),
      paceLine(week),
      streakLine(streak),
      positionLine(position),
      `Total so far: ${hm(totalMinutes)}`,
    ].join("\n"),

  "start.welcome": ({ name, startDate, position, targetHours, motto }) =>
    [
      `👋 Welcome, ${name}! Your roadmap day 1 is ${startDate}.`,
      positionLine(position),
      `Weekly target: ${targetHours}h. Log study time with /checkin 2h, see how you're doing with /progress.`,
      motto,
    ].join("\n"),
  "start.already": ({ name, startDate, position, today }) =>
    [
      `👋 You're already on your way, ${name}: your roadmap day 1 is ${startDate}.`,
      positionLine(position),
      `To move day 1, send it with a date, e.g. /start ${today}.`,
    ].join("\n"),
  "start.invalidDate": ({ input }) =>
    `“${input}” is not a date I can read. Use year-month-day, e.g. /start 2026-12-07 — or just /start to begin today.`,
  "start.outOfRange": ({ input, maxDays }) =>
    `${input} is too far away: pick a day within ${maxDays} days of today, e.g. /start 2026-12-07.`,

  "join.joined": ({ name, group }) =>
    `🤝 ${name}, you're in the study group of ${group}. Log study time with /checkin 2h; send /start to me in a private chat to set your roadmap day 1.`,
  "join.inPrivate": () =>
    "/join is for groups: send it in your study group's chat. Here, just /checkin 2h to log time.",

  "help.intro": () => "Constância keeps your study group consistent. Commands:",
  "console.banner": ({ database }) =>
    [
      `Constância — running in this terminal (database: ${database}).`,
      "Type /help to begin; start a line with @name to speak as another member (@ana /checkin 2h).",
      "To connect Discord or Telegram, set DISCORD_TOKEN or TELEGRAM_BOT_TOKEN in .env (see README).",
    ].join("\n"),
};
