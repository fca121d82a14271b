// Which question to ask: one the member has not seen, else the one seen longest ago.
import type { InterviewQuestion, InterviewTopic } from "../roadmap/types.js";

/**
 * `recent` holds question ids the member was asked, newest first. `seed` spreads members over the bank,
 * so a group does not all start on the same question.
 */
export function chooseQuestion(topic: InterviewTopic, recent: string[], seed: number): InterviewQuestion {
  const unseen = topic.questions.filter((q) => !recent.includes(q.id));
  const fromUnseen = unseen[Math.abs(seed) % Math.max(1, unseen.length)];
  if (fromUnseen !== undefined) return fromUnseen;
  let oldest = topic.questions[0];
  let oldestAt = -1;
  for (const question of topic.questions) {
    const at = recent.indexOf(question.id);
    if (at > oldestAt) {
      oldest = question;
      oldestAt = at;
    }
  }
  if (oldest === undefined) throw new Error(`interview topic ${topic.id} has no questions`);
  return oldest;
}
