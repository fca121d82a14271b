// What an open session is asking: the question or the follow-up, as the member reads it, and the key
// points its answer is judged against.
import type { CoreDeps, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import type { Messages } from "../messages/index.js";
import { err, ok, type Result } from "../result.js";
import type { InterviewQuestion, InterviewTopic, KeyPoint, Roadmap } from "../roadmap/types.js";
import type { MockSession } from "./ports.js";
import { isExpired, SESSION_MINUTES } from "./session.js";
import { findQuestion, topicById } from "./topics.js";
import { type FollowUp, followUpKeyPoints } from "./verdict.js";

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
  return {
    topic,
    question,
    text: t["mock.followUpQuestion"]({ followUp: session.followUp, keyPoints: question.keyPoints }),
    keyPoints: judgedKeyPoints(question, session.stage, session.followUp),
  };
}

/** What an answer at this stage is judged against: the question's key points, or its follow-up's. */
export function judgedKeyPoints(
  question: InterviewQuestion,
  stage: MockSession["stage"],
  followUp: FollowUp | null,
): KeyPoint[] {
  if (stage === "question" || followUp === null) return question.keyPoints;
  const keyPoints = followUpKeyPoints(followUp).flatMap((i) => {
    const point = question.keyPoints[i];
    return point === undefined ? [] : [point];
  });
  return keyPoints.length > 0 ? keyPoints : question.keyPoints;
}

/** Says the session expired unanswered, and how to start again. */
export function expiredReply(t: Messages, roadmap: Roadmap, session: MockSession): Reply {
  return say(t, "mock.expired", { minutes: SESSION_MINUTES, topic: topicById(roadmap, session.topicId) });
}

/**
 * The prompt an answer to `session` is judged against, or the reply that closes the session instead:
 * it expired, or the roadmap no longer holds its question.
 */
export async function answerablePrompt(
  deps: Pick<CoreDeps, "roadmap" | "mock">,
  session: MockSession,
  t: Messages,
  now: Date,
): Promise<Result<OpenPrompt, Reply>> {
  if (isExpired(session, now)) {
    await deps.mock.endSession(session.id, "expired", now);
    return err(expiredReply(t, deps.roadmap, session));
  }
  const prompt = openPrompt(deps.roadmap, session, t);
  if (prompt !== null) return ok(prompt);
  await deps.mock.endSession(session.id, "stopped", now);
  return err(say(t, "mock.sessionChanged", {}));
}
