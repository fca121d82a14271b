// English texts of nudges, recaps, summaries and schedule commands.

import { names as checkinNames } from "../../commands/checkin/texts.js";
import { names as doneNames } from "../../commands/done/texts.js";
import { names as goalNames } from "../../commands/goal/texts.js";
import { names as mockNames } from "../../commands/mock/texts.js";
import { call } from "../../commands/names.js";
import { names as pauseNames } from "../../commands/pause/texts.js";
import { askForPlan, planLines } from "../../commands/plan/texts.js";
import { resourcesLine } from "../../commands/roadmap/texts.js";
import { squadEveningLine } from "../../commands/squad/texts.js";
import { names as startNames } from "../../commands/start/texts.js";
import { topicWord } from "../../mock/topics.js";
import type { RedrillHint } from "../../nudges/ports.js";
import { progressBar, type WeekProgress } from "../../progress/weekProgress.js";
import type { LocalDate } from "../../time/dates.js";
import { boardLines, formatMinutes as hm } from "../format.js";
import type { FreshStart, ScheduleMessages } from "../schedule.js";
import { day } from "./dates.js";

const CHECKIN = call(checkinNames, "en");
const DONE = call(doneNames, "en");
const MOCK = call(mockNames, "en");
const START = call(startNames, "en");

const GOAL = call(goalNames, "en");
const PAUSE = call(pauseNames, "en");
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A question due again this week, after a weak answer. */
function redrillLine(redrill: RedrillHint | null | undefined, today: LocalDate | undefined): string[] {
  if (redrill == null || today === undefined) return [];
  return [
    `🔁 Re-drill this week: ${redrill.questionId} (${redrill.topic.name.en}), ${redrill.score}/10 on ${day(redrill.on, today)} — ${MOCK} ${topicWord(redrill.topic, "en")} brings it back.`,
  ];
}

function freshStartLine(fresh: FreshStart): string[] {
  if (fresh === null) return [];
  if (fresh.kind === "roadmapMonth") return [`✨ ${fresh.title.en} — a fresh start.`];
  return [`✨ The first week of ${MONTHS[fresh.month - 1] ?? "the month"}: a good moment for a fresh start.`];
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const PERIODS = { this: "this week", last: "last week", all: "all time" } as const;

function dailyPace(progress: WeekProgress): string {
  if (progress.paceMinutes === 0) return "target reached!";
  if (progress.outOfReach) return "the target is out of reach this week, but today's hour still counts.";
  return `about ${hm(progress.paceMinutes)} a day reaches the target.`;
}

const share = ({ done, of }: { done: number; of: number }) => Math.round((100 * done) / of);

export const schedule: ScheduleMessages = {
  weekday: ({ index }) => WEEKDAYS[index] ?? "?",

  "nudge.daily": ({ name, week, totalWeeks, task, progress }) =>
    [
      `☀️ Hi, ${name}! Week ${week.number} of ${totalWeeks}: ${week.focus.en}`,
      `Today's task: ${task.en}`,
      `This week: ${hm(progress.minutes)} of ${hm(progress.targetMinutes)} — ${dailyPace(progress)}`,
      `Log it with ${CHECKIN} 1h30 when you're done.`,
    ].join("\n"),
  "nudge.dailyDone": ({ name, week, totalWeeks, todayMinutes, next, progress }) =>
    [
      `☀️ Hi, ${name}! You've already logged ${hm(todayMinutes)} today — nice. Week ${week.number} of ${totalWeeks}: ${week.focus.en}`,
      `Next task: ${next.en}`,
      `This week: ${hm(progress.minutes)} of ${hm(progress.targetMinutes)}.`,
    ].join("\n"),
  "nudge.planReminder": ({ name, block, task, ifThen }) =>
    [
      block === null
        ? `⏰ ${name}, your study block starts in 30 minutes.`
        : `⏰ ${name}, your study block starts in 30 minutes: ${block.start}–${block.end}.`,
      ...(task === null ? [] : [`Today's task: ${task.en}`]),
      ...(ifThen === null ? [] : [`If ${ifThen.obstacle}, then ${ifThen.fallback} — that's your plan B.`]),
      `Log it afterwards with ${CHECKIN} 2h.`,
    ].join("\n"),
  "nudge.comeback": ({ name, daysAway, lighterMinutes }) => {
    if (daysAway < 7)
      return `👋 Hi, ${name} — a few days without studying happens to everyone. Want a lighter week? ${GOAL} ${hm(lighterMinutes)}. Or just 20 minutes today: ${CHECKIN} 20m`;
    if (daysAway < 14)
      return `👋 ${name}, it's been a week. No pressure: the roadmap waits for you. A lighter goal (${GOAL} ${hm(lighterMinutes)}) or a real break (${PAUSE} 14) are both fine — and one check-in picks things up again.`;
    return `👋 ${name}, two weeks away. This is my last message until you come back: whenever you want, ${CHECKIN} 20m picks things up again. Good luck!`;
  },
  "nudge.review": ({ name, progress, drillTopic }) =>
    [
      `☀️ Hi, ${name}! The roadmap is done — today is for review and interview practice.`,
      drillTopic
        ? `Try a mock interview: ${MOCK} ${topicWord(drillTopic, "en")}`
        : `Try a mock interview: ${MOCK}`,
      `This week: ${hm(progress.minutes)} of ${hm(progress.targetMinutes)}.`,
    ].join("\n"),
  "nudge.weeklyPlan": ({
    name,
    week,
    totalWeeks,
    targetMinutes,
    drillTopic,
    redrill,
    today,
    freshStart,
    plan,
    goalMinutes,
    nextDeliverable,
    month,
  }) =>
    [
      `🗓️ New week, ${name}! Week ${week.number} of ${totalWeeks}: ${week.focus.en}`,
      ...(month != null && freshStart?.kind !== "roadmapMonth" ? [`📅 ${month.en}`] : []),
      ...freshStartLine(freshStart),
      ...week.tasks.map((t) => `• ${t.en}`),
      ...(week.resources === undefined ? [] : [resourcesLine(week.resources, "en")]),
      `Target: ${hm(targetMinutes)}.${drillTopic ? ` This week, drill ${drillTopic.name.en}: ${MOCK} ${topicWord(drillTopic, "en")}` : ""}`,
      ...redrillLine(redrill, today),
      ...(nextDeliverable
        ? [
            `🎯 Portfolio: next up is p${nextDeliverable.number} — ${nextDeliverable.text.en} Tick it with ${DONE} p${nextDeliverable.number} <link>.`,
          ]
        : []),
      ...(plan.blocks.length > 0 ? planLines(plan, goalMinutes, "en") : [askForPlan("en")]),
    ].join("\n"),
  "nudge.weeklyPlanReview": ({ name, targetMinutes, drillTopic, redrill, today }) =>
    [
      `🗓️ New week, ${name}! You finished the roadmap: keep ${hm(targetMinutes)} of review, portfolio polish and interview practice.`,
      drillTopic
        ? `This week, drill ${drillTopic.name.en}: ${MOCK} ${topicWord(drillTopic, "en")}`
        : `Practise an interview answer: ${MOCK}`,
      ...redrillLine(redrill, today),
    ].join("\n"),
  "nudge.evening": ({ name, streak, freezesHeld, frozenYesterday, squads }) =>
    [
      ...(frozenYesterday ? [`🧊 A freeze kept your ${streak}-day streak yesterday.`] : []),
      freezesHeld > 0
        ? `🔥 ${name}, your ${streak}-day streak is still open today (a freeze would cover it, but why spend it?). Even 20 minutes keeps it going: ${CHECKIN} 20m`
        : `🔥 ${name}, your ${streak}-day streak is still open today. Even 20 minutes keeps it alive: ${CHECKIN} 20m`,
      ...(squads ?? []).map((squad) => squadEveningLine.en(squad)),
    ].join("\n"),

  "recap.weekly": ({
    name,
    progress,
    activeDays,
    tasks,
    streak,
    bestDay,
    mockScores,
    nextWeek,
    mood,
    today,
  }) =>
    [
      `📬 Your week, ${name} (${day(progress.start, today)} to ${day(progress.end, today)})`,
      `Hours: ${hm(progress.minutes)} of ${hm(progress.targetMinutes)}  ${progressBar(progress.percent)} ${progress.percent}%`,
      ...(tasks === null ? [] : [`Tasks: ${tasks.done}/${tasks.of} done`]),
      `Active days: ${activeDays} of 7 · Streak: ${streak} ${streak === 1 ? "day" : "days"}`,
      bestDay
        ? `Best day: ${day(bestDay.date, today)} with ${hm(bestDay.minutes)}`
        : "No check-ins this week.",
      ...(mockScores.length > 0
        ? [`Mock interviews: ${mockScores.map((s) => `${s.topic.name.en} ${s.score}/10`).join(", ")}`]
        : []),
      nextWeek ? `Next week: ${nextWeek.focus.en}` : "Next week: review and interview practice.",
      {
        behind:
          "A slow week happens. Pick one small task tomorrow and start again — consistency beats speed.",
        onTrack: "Steady work — you're on track. Keep the rhythm.",
        ahead: "You passed the target — great work! Remember to rest, too.",
      }[mood],
    ].join("\n"),

  "summary.group": (p) =>
    [
      `📊 ${p.title} — week of ${day(p.weekStart, p.today)} to ${day(p.weekEnd, p.today)}`,
      ...(p.rows.length > 0 ? boardLines(p.rows) : ["No hours logged on the board this week."]),
      ...(p.hiddenCount > 0 ? [`(+${p.hiddenCount} studying off the board)`] : []),
      p.reached.length > 0
        ? `🎯 Reached their goal: ${p.reached.join(", ")}`
        : "🎯 Nobody reached their goal this week.",
      `Group total: ${hm(p.totalMinutes)}${p.lastTotalMinutes > 0 ? ` (${trend(p.totalMinutes, p.lastTotalMinutes)} last week's ${hm(p.lastTotalMinutes)})` : ""}`,
      ...(p.streaks.length > 0
        ? [`🔥 Longest streaks: ${p.streaks.map((s) => `${s.name} ${s.days}d`).join(", ")}`]
        : []),
      ...(p.mostImproved
        ? [
            `📈 Most improved: ${p.mostImproved.name}, +${hm(p.mostImproved.riseMinutes)} over their 4-week average`,
          ]
        : []),
      ...(p.squadsAtGoal !== undefined && p.squadsAtGoal.length > 0
        ? [
            `👥 Every member reached their goal in squad${p.squadsAtGoal.length === 1 ? "" : "s"} ${p.squadsAtGoal.join(", ")} — well done together!`,
          ]
        : []),
      ...(p.tasks.group.of > 0
        ? [
            `✅ Tasks this week: ${share(p.tasks.group)}% done by the group${p.tasks.members.length > 0 ? ` — ${p.tasks.members.map((m) => `${m.name} ${m.done}/${m.of}`).join(", ")}` : ""}`,
          ]
        : []),
      ...(p.unreachable.length > 0
        ? [
            `⚠️ Could not send private messages to: ${p.unreachable.join(", ")}. Open a private chat with the bot (or allow DMs from server members) and send ${START}.`,
          ]
        : []),
    ].join("\n"),
  "chart.memberHours": () => "Hours this week",
  "chart.groupWeeks": () => "Group hours per week",
  "chart.alt": ({ rows, weeklyTotals }) =>
    `Bar chart of hours this week: ${rows.map((r) => `${r.name} ${hm(r.minutes)}`).join(", ") || "none"}; group total per week: ${weeklyTotals.map((m) => hm(m)).join(", ")}.`,

  leaderboard: ({ period, rows, hiddenCount, totalMinutes }) =>
    [
      `🏆 Leaderboard — ${PERIODS[period]}`,
      ...(rows.length > 0 ? boardLines(rows) : ["No hours on the board yet."]),
      ...(hiddenCount > 0 ? [`(+${hiddenCount} studying off the board)`] : []),
      `Group total: ${hm(totalMinutes)}`,
    ].join("\n"),
  "dm.unreachable": ({ link }) =>
    link === null
      ? "⚠️ Reminders and recaps come by DM, and my last DM to you was refused, so they won't reach you yet: allow direct messages from this server's members (in the server's Privacy Settings), or send me a DM."
      : `⚠️ Reminders and recaps come in our private chat, and I can't write to you there yet: open it first and tap Start — ${link}`,
  "dm.unproven": ({ link }) =>
    link === null
      ? "⚠️ Reminders and recaps come by DM, and none has reached you yet: send me a DM so I know they will (and keep direct messages from this server's members allowed, in the server's Privacy Settings)."
      : `⚠️ Reminders and recaps come in our private chat, and I can't write to you there yet: open it first and tap Start — ${link}`,
};

function trend(now: number, before: number): string {
  if (now > before) return "▲ up from";
  if (now < before) return "▼ down from";
  return "= same as";
}
