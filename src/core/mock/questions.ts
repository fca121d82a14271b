// Which question to ask: one the member has not seen, else the one seen longest ago; of those, the ones
// their roadmap week has reached, so day 2 is not asked about the week-9 project.
import type { InterviewQuestion, InterviewTopic } from "../roadmap/types.js";

/**
 * The questions fair to ask in `week` (null: the roadmap is behind them, every one). A topic asked for
 * before its week is reached gives its questions in roadmap order, the earliest first.
 */
export function reachedQuestions(topic: InterviewTopic, week: number | null): InterviewQuestion[] {
  if (week === null) return topic.questions;
  const reached = topic.questions.filter((q) => q.fromWeek <= week);
  return reached.length > 0 ? reached : [...topic.questions].sort((a, b) => a.fromWeek - b.fromWeek);
}

/** Whether the member's week has reached any of the topic's questions. */
export function isReached(topic: InterviewTopic, week: number | null): boolean {
  return week === null || topic.questions.some((q) => q.fromWeek <= week);
}

/**
 * `recent` holds question ids the member was asked, newest first. `seed` spreads members over the bank,
 * so a group does not all start on the same question.
 */
export function chooseQuestion(
  topic: InterviewTopic,
  recent: string[],
  seed: number,
  week: number | null = null,
): InterviewQuestion {
  const fair = reachedQuestions(topic, week);
  const unseen = fair.filter((q) => !recent.includes(q.id));
  // Ahead of the plan, the earliest unseen question: it is the closest to what the member has studied.
  const ahead = !isReached(topic, week);
  const fromUnseen = ahead ? unseen[0] : unseen[Math.abs(seed) % Math.max(1, unseen.length)];
  if (fromUnseen !== undefined) return fromUnseen;
  let oldest = fair[0];
  let oldestAt = -1;
  for (const question of fair) {
    const at = recent.indexOf(question.id);
    if (at > oldestAt) {
      oldest = question;
      oldestAt = at;
    }
  }
  if (oldest === undefined) throw new Error(`interview topic ${topic.id} has no questions`);
  return oldest;
}
