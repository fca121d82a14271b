// A member's practice per topic: averages, trends, and the weakest topic to drill next.
import type { InterviewTopic, Roadmap } from "../roadmap/types.js";
import type { MockStore } from "./ports.js";
import { isReached } from "./questions.js";

export interface TopicPractice {
  topicId: string;
  /** Main questions answered, scored or not. */
  answered: number;
  /** Scores of the scored main answers, oldest first. */
  scores: number[];
}

export type Trend = "up" | "down" | "steady";

export interface TopicSummary {
  topic: InterviewTopic;
  answered: number;
  /** Mean score, one decimal; null before the first score. */
  average: number | null;
  /** Recent scores against the ones before them; null with fewer than two scores. */
  trend: Trend | null;
}

/** How many recent scores say how strong a topic is now. */
const RECENT_SCORES = 5;
/** A change of a whole point on average is a trend; less is noise. */
const TREND_STEP = 1;

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function trendOf(scores: number[]): Trend | null {
  if (scores.length < 2) return null;
  const k = Math.min(3, Math.floor(scores.length / 2));
  const recent = scores.slice(-k);
  const before = scores.slice(-2 * k, -k);
  const change = mean(recent) - mean(before);
  if (change >= TREND_STEP) return "up";
  if (change <= -TREND_STEP) return "down";
  return "steady";
}

export function summarizePractice(topics: InterviewTopic[], practice: TopicPractice[]): TopicSummary[] {
  return topics.flatMap((topic) => {
    const p = practice.find((x) => x.topicId === topic.id);
    if (p === undefined || p.answered === 0) return [];
    const average = p.scores.length === 0 ? null : Math.round(mean(p.scores) * 10) / 10;
    return [{ topic, answered: p.answered, average, trend: trendOf(p.scores) }];
  });
}

/**
 * The topic to drill next: one never practised (or never scored) first, in roadmap order; else the one
 * with the lowest recent average, the less practised one on a tie.
 */
export function weakestTopic(topics: InterviewTopic[], practice: TopicPractice[]): InterviewTopic {
  let best: { topic: InterviewTopic; key: [number, number, number] } | null = null;
  for (const [order, topic] of topics.entries()) {
    const p = practice.find((x) => x.topicId === topic.id);
    const scores = p?.scores ?? [];
    const strength = scores.length === 0 ? -1 : mean(scores.slice(-RECENT_SCORES));
    const key: [number, number, number] = [strength, p?.answered ?? 0, order];
    if (best === null || compare(key, best.key) < 0) best = { topic, key };
  }
  if (best === null) throw new Error("the roadmap has no interview topics");
  return best.topic;
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * The member's weakest topic among those their roadmap `week` has reached (see drillWeek), e.g. for the
 * Monday plan ("this week, drill monitoring").
 */
export async function weakestTopicFor(
  mock: MockStore,
  roadmap: Roadmap,
  memberId: number,
  week: number | null,
): Promise<InterviewTopic> {
  const reached = roadmap.interview.topics.filter((topic) => isReached(topic, week));
  const topics = reached.length > 0 ? reached : roadmap.interview.topics;
  return weakestTopic(topics, await mock.practice(memberId));
}
