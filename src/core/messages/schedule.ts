// Texts of scheduled sends (nudges, recaps, summaries) and of the commands that steer them.
import type { RedrillHint } from "../nudges/ports.js";
import type { PlanBlock, StudyPlan } from "../plans/plan.js";
import type { WeekProgress } from "../progress/weekProgress.js";
import type { InterviewTopic, LocalizedText, RoadmapWeek } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";

type None = Record<string, never>;

export type WeekMood = "behind" | "onTrack" | "ahead";
export type LeaderboardPeriod = "this" | "last" | "all";
/** Who sees check-in confirmations in a group: as chosen, or everyone where replies cannot be private. */
export type CheckinVisibility = "public" | "private" | "noPrivateReplies";

/** A week that opens something — a month of the roadmap, or of the calendar — framed as a fresh start. */
export type FreshStart =
  | { kind: "roadmapMonth"; title: LocalizedText }
  | { kind: "calendarMonth"; month: number }
  | null;

export interface BoardRow {
  name: string;
  minutes: number;
  /** On a week's board: the share of the member's own goal for that week. */
  percent?: number;
}

export interface ScheduleMessages {
  weekday(p: { index: number }): string;

  "nudge.daily"(p: {
    name: string;
    week: RoadmapWeek;
    totalWeeks: number;
    task: LocalizedText;
    progress: WeekProgress;
  }): string;
  /** The morning after a check-in was already made today: what is done, and what comes next. */
  "nudge.dailyDone"(p: {
    name: string;
    week: RoadmapWeek;
    totalWeeks: number;
    todayMinutes: number;
    next: LocalizedText;
    progress: WeekProgress;
  }): string;
  /** To a member away `daysAway` days (3, 7, 14): a kind word, a lighter goal, and then silence. */
  "nudge.comeback"(p: { name: string; daysAway: number; lighterMinutes: number }): string;
  "nudge.review"(p: { name: string; progress: WeekProgress; drillTopic: InterviewTopic | null }): string;
  "nudge.weeklyPlan"(p: {
    name: string;
    week: RoadmapWeek;
    totalWeeks: number;
    /** This week's target: the goal, less the days declared off. */
    targetMinutes: number;
    drillTopic: InterviewTopic | null;
    /** A question due again this week after a weak answer (a spaced re-drill). */
    redrill?: RedrillHint | null;
    today?: LocalDate;
    freshStart: FreshStart;
    /** The member's study plan, shown with the week; a week without one asks for it. */
    plan: StudyPlan;
    goalMinutes: number;
    /** In the roadmap's last month, the first portfolio deliverable not ticked yet (1-based: p1). */
    nextDeliverable?: { number: number; text: LocalizedText } | null;
    /** The roadmap month the week is in; said when no fresh start already names it. */
    month?: LocalizedText | null;
  }): string;
  "nudge.weeklyPlanReview"(p: {
    name: string;
    targetMinutes: number;
    drillTopic: InterviewTopic | null;
    redrill?: RedrillHint | null;
    today?: LocalDate;
  }): string;
  /**
   * Thirty minutes before a study block: the block, today's task and the member's if-then line. `block` is
   * null when the plan changed after the reminder was due.
   */
  "nudge.planReminder"(p: {
    name: string;
    block: PlanBlock | null;
    task: LocalizedText | null;
    ifThen: StudyPlan["ifThen"];
  }): string;
  /** `frozenYesterday`: a freeze covered yesterday; `freezesHeld`: what covers today if it goes by. */
  "nudge.evening"(p: {
    name: string;
    streak: number;
    freezesHeld: number;
    frozenYesterday: boolean;
    /** Squads whose other members are all done today: who they are, and the squad's streak so far. */
    squads?: Array<{ done: string[]; streak: number }>;
  }): string;

  "recap.weekly"(p: {
    name: string;
    progress: WeekProgress;
    activeDays: number;
    /** The week's roadmap tasks ticked, of how many; null outside the roadmap's weeks. */
    tasks: { done: number; of: number } | null;
    streak: number;
    bestDay: { date: LocalDate; minutes: number } | null;
    mockScores: Array<{ topic: InterviewTopic; score: number }>;
    nextWeek: RoadmapWeek | null;
    mood: WeekMood;
    /** The member's local day as the recap goes out. */
    today: LocalDate;
  }): string;

  "summary.group"(p: {
    title: string;
    weekStart: LocalDate;
    weekEnd: LocalDate;
    rows: BoardRow[];
    hiddenCount: number;
    reached: string[];
    totalMinutes: number;
    lastTotalMinutes: number;
    streaks: Array<{ name: string; days: number }>;
    /** The largest rise over a member's own 4-week average; null when nobody rose. */
    mostImproved?: { name: string; riseMinutes: number } | null;
    /** Squads in which every member reached their own goal this week. */
    squadsAtGoal?: string[];
    /** Roadmap tasks ticked in each named member's week; `group`: all members', opted-out ones included. */
    tasks: {
      members: Array<{ name: string; done: number; of: number }>;
      group: { done: number; of: number };
    };
    unreachable: string[];
    /** The group's local day as the summary goes out. */
    today: LocalDate;
  }): string;
  "chart.memberHours"(p: None): string;
  "chart.groupWeeks"(p: None): string;
  "chart.alt"(p: { rows: BoardRow[]; weeklyTotals: number[] }): string;

  leaderboard(p: {
    period: LeaderboardPeriod;
    rows: BoardRow[];
    hiddenCount: number;
    totalMinutes: number;
  }): string;

  /**
   * Under a confirmation that promises private messages the platform refused to deliver: how to open that
   * chat. `link` opens it where the platform has such links (Telegram); null: DMs are a setting (Discord).
   */
  "dm.unreachable"(p: { link: string | null }): string;
  /** As "dm.unreachable", for a member no DM has reached yet, who never wrote in private. */
  "dm.unproven"(p: { link: string | null }): string;
}
