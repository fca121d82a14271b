// What an open session is asking: the question or the follow-up, as the member reads it, and the key
// points its answer is judged against.
import type { Messages } from "../messages/index.js";
import type { InterviewQuestion, InterviewTopic, KeyPoint, Roadmap } from "../roadmap/types.js";
import type { MockSession } from "./ports.js";
import { findQuestion } from "./topics.js";
import { followUpKeyPoints } from "./verdict.js";

export interface OpenPrompt {
  topic: InterviewTopic;
  question: InterviewQuestion;
  text: string;
  keyPoints: KeyPoint[];
}

/** null when the roadmap no longer holds the session's question. */
export function openPrompt(roadmap: Roadmap, session: MockSession, t: Messages): OpenPrompt | null {
  const found = findQuestion(roadmap, session.topicId, session.questionId);
  if (found === null) return null;
  const { topic, question } = found;
  if (session.stage === "question" || session.followUp === null) {
    return { topic, question, text: question.text[t.locale], keyPoints: question.keyPoints };
  }
  const keyPoints = followUpKeyPoints(session.followUp).flatMap((i) => {
    const point = question.keyPoints[i];
    return point === undefined ? [] : [point];
  });
  return {
    topic,
    question,
    text: t["mock.followUpQuestion"]({ followUp: session.followUp, keyPoints: question.keyPoints }),
    keyPoints: keyPoints.length > 0 ? keyPoints : question.keyPoints,
  };
}
