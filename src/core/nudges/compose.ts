// What each scheduled send says: gathered through the ports, worded through the catalog.
import { type Card, cardOf } from "../card.js";
import { messagesFor } from "../messages/index.js";
import type { BoardRow, FreshStart, WeekMood } from "../messages/schedule.js";
import { drillWeek } from "../mock/drillWeek.js";
import type { Store } from "../ports.js";
import { goalMinutesOf, weekGoalOf, weekTargetOf } from "../progress/goal.js";
import { currentStreak } from "../progress/memberProgress.js";
import { excusedDays } from "../progress/pausedDays.js";
import { roadmapPosition } from "../progress/roadmapPosition.js";
import { weekProgress } from "../progress/weekProgress.js";
import type { RoadmapCatalog } from "../roadmap/catalog.js";
import { monthOf } from "../roadmap/months.js";
import type { Locale, LocalizedText, Roadmap, RoadmapWeek } from "../roadmap/types.js";
import { squadsAtGoal } from "../squads/squadGoal.js";
import { squadsAt, waitingOn } from "../squads/squadView.js";
import { nextDeliverable } from "../tasks/deliverables.js";
import { nextTask, weekTasksDone } from "../tasks/nextTask.js";
import { addDays, type LocalDate, localDateOf, weekdayIndex, weekOf } from "../time/dates.js";
import { memberDayOf, sendDayOf } from "../time/memberDay.js";
import { boardSize, buildBoard } from "./board.js";
import { daysAway } from "./comeback.js";
import { isMorningKind, type SendKind } from "./kinds.js";
import { IMPROVEMENT_WEEKS, mostImproved } from "./mostImproved.js";
import { blockStart, remindedBlock } from "./occurrences.js";
import type { Group, GroupMemberWeek, MemberRecipient, MockHints, ScheduleStore } from "./ports.js";

export interface ComposeDeps {
  store: Store;
  schedule: ScheduleStore;
  /** The roadmap the recipient follows (see `roadmapScoped`). */
  roadmap: Roadmap;
  /** Every roadmap a recipient may follow; absent, all follow `roadmap`. */
  roadmaps?: RoadmapCatalog;
  defaultLocale: Locale;
  mockHints?: MockHints;
  /** The mock interview's hints over another roadmap's topics. */
  hintsFor?(roadmap: Roadmap): MockHints;
}

/** The deps of one recipient: the roadmap they follow (a member's, or a group's), and its topics' hints. */
export async function roadmapScoped(deps: ComposeDeps, key: string | null): Promise<ComposeDeps> {
  if (deps.roadmaps === undefined) return deps;
  const roadmap = await deps.roadmaps.resolve(key);
  if (roadmap === deps.roadmap) return deps;
  return {
    ...deps,
    roadmap,
    ...(deps.hintsFor === undefined ? {} : { mockHints: deps.hintsFor(roadmap) }),
  };
}

export interface ChartData {
  title: string;
  rows: BoardRow[];
  rowsLabel: string;
  /** The group's total minutes for each of the last weeks, oldest first. */
  weeklyTotals: number[];
  weeksLabel: string;
  alt: string;
}

export interface Composed {
  text: string;
  card?: Card;
  chart?: ChartData;
}

/** How many past weeks the group chart shows: the length of the roadmap. */
const CHART_WEEKS = 12;
const STREAK_PODIUM = 3;

function moodOf(percent: number): WeekMood {
  if (percent >= 100) return "ahead";
  return percent >= 70 ? "onTrack" : "behind";
}

export async function composeForMember(
  deps: ComposeDeps,
  kind: Exclude<SendKind, "group_summary">,
  member: MemberRecipient,
  dueAt: Date,
): Promise<Composed> {
  const t = messagesFor(member.locale ?? member.seenLocale ?? deps.defaultLocale);
  const day = sendDayOf(isMorningKind(kind), dueAt, member);
  const { roadmap } = deps;
  const name = member.displayName;
  const position = roadmapPosition(roadmap, member.roadmapStart, day);
  const totalWeeks = roadmap.weeks.length;

  if (kind === "evening") {
    const [ledger, squads] = await Promise.all([
      currentStreak(deps.store, member, day),
      squadsAt(deps.store, member.id, null, day, dueAt),
    ]);
    return {
      text: t["nudge.evening"]({
        name,
        streak: ledger.days,
        freezesHeld: ledger.freezesHeld,
        frozenYesterday: ledger.frozen.at(-1) === addDays(day, -1),
        squads: squads.flatMap((s) => waitingOn(s, member.id)),
      }),
    };
  }
  if (kind === "comeback") {
    const away = await deps.schedule.lastActiveDays([member.id]);
    const daysAwayNow =
      daysAway(
        {
          lastActive: away.get(member.id),
          roadmapStart: member.roadmapStart,
          excused: excusedDays(member),
        },
        day,
      ) ?? 0;
    // Half the goal, in whole hours, is a week that still moves.
    const lighterMinutes = Math.max(120, Math.round(goalMinutesOf(member, roadmap) / 2 / 60) * 60);
    return { text: t["nudge.comeback"]({ name, daysAway: daysAwayNow, lighterMinutes }) };
  }
  if (kind === "plan_reminder") {
    const reminded = remindedBlock(member.plan, dueAt, member.timezone);
    // The task of the block's day, which is today's but for a block just past midnight.
    const blockDay =
      reminded === null
        ? day
        : memberDayOf(blockStart(reminded.block, reminded.day, member.timezone), member);
    const at = roadmapPosition(roadmap, member.roadmapStart, blockDay);
    return {
      text: t["nudge.planReminder"]({
        name,
        block: reminded?.block ?? null,
        task: at.kind === "week" ? await todaysTask(deps, member, at.week) : null,
        ifThen: member.plan.ifThen,
      }),
    };
  }
  if (kind === "daily") {
    // One read of the week's days gives both the week's minutes and today's.
    const { start, end } = weekOf(day);
    const days = await deps.schedule.dailyMinutes(member.id, start, end);
    const weekMinutes = [...days.values()].reduce((a, b) => a + b, 0);
    const progress = weekProgress(day, weekMinutes, weekGoalOf(member, roadmap, day));
    const todayMinutes = days.get(day) ?? 0;
    if (position.kind !== "week") {
      const drillTopic =
        (await deps.mockHints?.weakestTopic(member.id, drillWeek(roadmap, member, day))) ?? null;
      return { text: t["nudge.review"]({ name, progress, drillTopic }) };
    }
    const task = await todaysTask(deps, member, position.week);
    if (todayMinutes > 0) {
      // Already studied today: no "log your hours", but the task that is next (a ticked one is behind).
      const next = task;
      return {
        text: t["nudge.dailyDone"]({ name, week: position.week, totalWeeks, todayMinutes, next, progress }),
      };
    }
    return { text: t["nudge.daily"]({ name, week: position.week, totalWeeks, task, progress }) };
  }
  if (kind === "weekly_plan") {
    const [drillTopic, redrill] = await Promise.all([
      deps.mockHints?.weakestTopic(member.id, drillWeek(roadmap, member, day)) ?? null,
      deps.mockHints?.redrill(member.id, weekOf(day).end) ?? null,
    ]);
    // The week's own target: the goal, less the days already declared off (a pause ahead, day 1 midweek).
    const targetMinutes = weekTargetOf(member, roadmap, day);
    if (position.kind !== "week")
      return { text: t["nudge.weeklyPlanReview"]({ name, targetMinutes, drillTopic, redrill, today: day }) };
    return {
      text: t["nudge.weeklyPlan"]({
        name,
        week: position.week,
        totalWeeks,
        targetMinutes,
        drillTopic,
        redrill,
        today: day,
        freshStart: freshStartOf(roadmap, position.week.number, day),
        month: monthOf(roadmap, position.week.number)?.title ?? null,
        plan: member.plan,
        goalMinutes: goalMinutesOf(member, roadmap),
        nextDeliverable: await portfolioNext(deps, member.id, position.week.number),
      }),
    };
  }

  const { start, end } = weekOf(day);
  const [days, streak, mockScores, ticks] = await Promise.all([
    deps.schedule.dailyMinutes(member.id, start, end),
    currentStreak(deps.store, member, day),
    deps.mockHints?.scoresBetween(member.id, start, end) ?? Promise.resolve([]),
    deps.store.taskTicks(member.id, roadmap.id),
  ]);
  const minutes = [...days.values()].reduce((a, b) => a + b, 0);
  // The recap looks at the whole week, so the pace of "days left" is beside the point: judge from Monday.
  const progress = weekProgress(end, minutes, weekGoalOf(member, roadmap, end));
  const best = [...days.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const next = roadmapPosition(roadmap, member.roadmapStart, addDays(end, 1));
  return {
    text: t["recap.weekly"]({
      name,
      progress,
      activeDays: days.size,
      tasks:
        position.kind === "week" ? weekTasksDone(roadmap, position.week.number, new Set(ticks.keys())) : null,
      streak: streak.days,
      bestDay: best === undefined ? null : { date: best[0], minutes: best[1] },
      mockScores,
      nextWeek: next.kind === "week" ? next.week : null,
      mood: moodOf(progress.percent),
      today: day,
    }),
  };
}

/**
 * Today's task: the first of the week not yet ticked, in the roadmap's order (then the next week's); the
 * week's focus once the roadmap's tasks are all done.
 */
async function todaysTask(
  deps: ComposeDeps,
  member: MemberRecipient,
  week: RoadmapWeek,
): Promise<LocalizedText> {
  const ticks = await deps.store.taskTicks(member.id, deps.roadmap.id);
  return nextTask(deps.roadmap, week.number, new Set(ticks.keys()))?.text ?? week.focus;
}

/**
 * The Monday of a week that opens a roadmap month, or the calendar's first Monday of a month: people take
 * up goals more readily at such landmarks (the fresh-start effect), so the plan names them.
 */
/** In the roadmap's last month, the portfolio deliverable still missing; null before it, or all ticked. */
async function portfolioNext(deps: ComposeDeps, memberId: number, weekNumber: number) {
  const lastMonth = deps.roadmap.months.at(-1);
  if (lastMonth === undefined || weekNumber < lastMonth.firstWeek) return null;
  const ticks = await deps.store.taskTicks(memberId, deps.roadmap.id);
  return nextDeliverable(deps.roadmap, new Set(ticks.keys()));
}

function freshStartOf(roadmap: Roadmap, weekNumber: number, day: LocalDate): FreshStart {
  const month = roadmap.months.find((m) => m.firstWeek === weekNumber);
  if (month !== undefined) return { kind: "roadmapMonth", title: month.title };
  const dayOfMonth = Number(day.slice(8, 10));
  return dayOfMonth <= 7 ? { kind: "calendarMonth", month: Number(day.slice(5, 7)) } : null;
}

/** The week a summary reports: the one under way, or the one just ended when posted on a Monday. */
export function summaryWeek(day: LocalDate): { start: LocalDate; end: LocalDate } {
  return weekOf(weekdayIndex(day) === 0 ? addDays(day, -1) : day);
}

export async function composeGroupSummary(deps: ComposeDeps, group: Group, dueAt: Date): Promise<Composed> {
  const t = messagesFor(group.locale ?? deps.defaultLocale);
  const day = localDateOf(dueAt, group.timezone);
  const week = summaryWeek(day);
  const mondays = Array.from({ length: CHART_WEEKS }, (_, i) =>
    addDays(week.start, -7 * (CHART_WEEKS - 1 - i)),
  );
  const earlierWeeks = Array.from({ length: IMPROVEMENT_WEEKS }, (_, i) => addDays(week.start, -7 * (i + 1)));
  const [members, totals, before] = await Promise.all([
    deps.schedule.groupMinutes(group.id, week.start, week.end),
    deps.schedule.groupWeeklyTotals(group.id, mondays),
    deps.schedule.groupMemberWeeklyMinutes(group.id, earlierWeeks),
  ]);
  const board = buildBoard(members, (m) => weekTargetOf(m.goal, deps.roadmap, week.end));
  const named = members.filter((m) => !m.optedOut);
  const streaks = await Promise.all(
    named.map(async (m) => ({
      name: m.displayName,
      days: (await currentStreak(deps.store, { id: m.memberId, ...m.goal }, week.end)).days,
    })),
  );
  const tasks = await groupTasks(deps, members, week.end);
  const squads = await deps.store.groupSquads(group.id);
  // The chart starts at the group's first active week, so a new group does not see eleven empty bars.
  const firstActive = totals.findIndex((m) => m > 0);
  const weeklyTotals = firstActive === -1 ? totals.slice(-1) : totals.slice(firstActive);
  const text = t["summary.group"]({
    title: group.title,
    weekStart: week.start,
    weekEnd: week.end,
    ...board,
    // Each against their own goal for the week, so a part-timer's 10h counts as much as 20h.
    reached: named
      .filter((m) => m.minutes > 0 && m.minutes >= weekTargetOf(m.goal, deps.roadmap, week.end))
      .map((m) => m.displayName),
    lastTotalMinutes: totals[totals.length - 2] ?? 0,
    streaks: streaks
      .filter((s) => s.days > 0)
      .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name))
      .slice(0, STREAK_PODIUM),
    mostImproved: mostImproved(members, before),
    squadsAtGoal: squadsAtGoal(squads, members, (m) => weekTargetOf(m.goal, deps.roadmap, week.end)),
    tasks,
    unreachable: named.filter((m) => m.unreachable).map((m) => m.displayName),
    today: day,
  });
  return {
    text,
    // The board, then the week's highlights, and apart from them who private messages cannot reach.
    card: cardOf(text, [boardSize(board)], members.some((m) => !m.optedOut && m.unreachable) ? 1 : 0),
    chart: {
      title: `${group.title} · ${t.date(week.start, day)} – ${t.date(week.end, day)}`,
      rows: board.rows,
      rowsLabel: t["chart.memberHours"]({}),
      weeklyTotals,
      weeksLabel: t["chart.groupWeeks"]({}),
      alt: t["chart.alt"]({ rows: board.rows, weeklyTotals }),
    },
  };
}

/** Each member's ticked tasks of their own roadmap week on `day`, and the group's share of them all. */
async function groupTasks(
  deps: ComposeDeps,
  members: GroupMemberWeek[],
  day: LocalDate,
): Promise<{
  members: Array<{ name: string; done: number; of: number }>;
  group: { done: number; of: number };
}> {
  const { roadmap } = deps;
  const weeks = members.flatMap((m) => {
    const position = roadmapPosition(roadmap, m.goal.roadmapStart, day);
    return position.kind === "week" ? [{ member: m, week: position.week.number }] : [];
  });
  const ticked = await deps.store.tickedTaskIds(
    weeks.map((w) => w.member.memberId),
    roadmap.id,
  );
  const inWeek = weeks.map(({ member, week }) => ({
    member,
    ...weekTasksDone(roadmap, week, ticked.get(member.memberId) ?? new Set()),
  }));
  return {
    // Named only where the board names them; the group's share counts everyone.
    members: inWeek
      .filter((c) => !c.member.optedOut && c.done > 0)
      .map((c) => ({ name: c.member.displayName, done: c.done, of: c.of })),
    group: {
      done: inWeek.reduce((n, c) => n + c.done, 0),
      of: inWeek.reduce((n, c) => n + c.of, 0),
    },
  };
}
