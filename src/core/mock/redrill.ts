// Spaced re-drills: a main question answered weakly comes back after 2, then 5, then 12 days; a strong
// answer on its return pushes it two steps further, and past the last step it is done.
import { addDays, type LocalDate } from "../time/dates.js";
import type { MockStore } from "./ports.js";

/** A score at or below this asks for the question again. */
export const WEAK_SCORE = 5;
/** Days until a weak question returns, step by step. */
export const REDRILL_DAYS = [2, 5, 12] as const;
const LAST_STEP = REDRILL_DAYS.length - 1;

export interface ScoredAnswer {
  topicId: string;
  questionId: string;
  overall: number;
  localDate: LocalDate;
}

export interface Redrill {
  topicId: string;
  questionId: string;
  /** The day it is due again. */
  dueOn: LocalDate;
  /** The last score on it, and its day: what the member is told. */
  score: number;
  on: LocalDate;
}

/** Every question waiting for a re-drill, soonest first; `answers` are main answers, oldest first. */
export function redrillQueue(answers: readonly ScoredAnswer[]): Redrill[] {
  const steps = new Map<string, { step: number; last: ScoredAnswer }>();
  for (const answer of answers) {
    const key = `${answer.topicId}\u0000${answer.questionId}`;
    const tracked = steps.get(key);
    if (answer.overall <= WEAK_SCORE) {
      // Weak again on its return: it comes back a step later, then every 12 days while it stays weak.
      steps.set(key, {
        step: tracked === undefined ? 0 : Math.min(tracked.step + 1, LAST_STEP),
        last: answer,
      });
    } else if (tracked !== undefined) {
      const step = tracked.step + 2;
      if (step > LAST_STEP) steps.delete(key);
      else steps.set(key, { step, last: answer });
    }
  }
  const queue: Redrill[] = [...steps.values()].map(({ step, last }) => ({
    topicId: last.topicId,
    questionId: last.questionId,
    dueOn: addDays(last.localDate, REDRILL_DAYS[step] ?? 0),
    score: last.overall,
    on: last.localDate,
  }));
  return queue.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

/** The first re-drill due by `today`, on `topicId` when given. */
export function dueRedrill(queue: readonly Redrill[], today: LocalDate, topicId?: string): Redrill | null {
  return queue.find((r) => r.dueOn <= today && (topicId === undefined || r.topicId === topicId)) ?? null;
}

/** The earliest local date any answer can carry: re-drills read every scored answer. */
const FIRST_DAY: LocalDate = "1970-01-01";

/** The member's re-drill queue, from every scored main answer up to `today`. */
export async function redrillsOf(
  mock: Pick<MockStore, "mockScoresBetween">,
  memberId: number,
  today: LocalDate,
): Promise<Redrill[]> {
  const scores = await mock.mockScoresBetween(memberId, FIRST_DAY, today);
  return redrillQueue(scores.filter((s) => s.stage === "question"));
}
