// Texts of scheduled sends (nudges, recaps, summaries) and of the commands that steer them.
import type { WeekProgress } from "../progress/weekProgress.js";
import type { InterviewTopic, LocalizedText, RoadmapWeek } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";

type None = Record<string, never>;

export type WeekMood = "behind" | "onTrack" | "ahead";
export type LeaderboardPeriod = "this" | "last" | "all";
/** Who sees check-in confirmations in a group: as chosen, or everyone where replies cannot be private. */
export type CheckinVisibility = "public" | "private" | "noPrivateReplies";

export interface BoardRow {
  name: string;
  minutes: number;
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
  "nudge.review"(p: { name: string; progress: WeekProgress; drillTopic: InterviewTopic | null }): string;
  "nudge.weeklyPlan"(p: {
    name: string;
    week: RoadmapWeek;
    totalWeeks: number;
    targetHours: number;
    drillTopic: InterviewTopic | null;
  }): string;
  "nudge.weeklyPlanReview"(p: {
    name: string;
    targetHours: number;
    drillTopic: InterviewTopic | null;
  }): string;
  "nudge.evening"(p: { name: string; streak: number }): string;

  "recap.weekly"(p: {
    name: string;
    progress: WeekProgress;
    activeDays: number;
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
    unreachable: string[];
    targetHours: number;
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
}
