// Taking a member's answer to their open question: a plain message, or a form a platform submits
// (e.g. a Discord modal) — both call answerMock.
import type { CoreDeps, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import { localeFrom, messagesFor } from "../messages/index.js";
import type { Identity } from "../ports.js";
import { localDateOf } from "../time/dates.js";
import { assessAnswer } from "./assess.js";
import { answerablePrompt } from "./openPrompt.js";
import type { SessionNext } from "./ports.js";
import { isFromChat } from "./session.js";

/** Longer answers are refused before judging: about two minutes spoken, and a bound on cost. */
const MAX_ANSWER_CHARS = 4000;

export interface MockAnswerInput {
  identity: Pick<Identity, "platform" | "platformUserId">;
  /** The chat the answer came from: only the chat the session started in is listened to. */
  chatId: string;
  /** The platform event: the same answer delivered twice is judged once. */
  eventId: string;
  text: string;
  /** The platform's locale for the member, when they have not chosen one. */
  locale?: string | null;
  /** See IncomingMessage.answersInForms: the follow-up is answered through a form, not a message. */
  answersInForms?: boolean;
}

/** The reply to an answer, or null when the member has no open question here (the text is not for us). */
export async function answerMock(deps: CoreDeps, input: MockAnswerInput, now: Date): Promise<Reply | null> {
  const open = await deps.mock.openSessionOf(input.identity);
  const { platform } = input.identity;
  if (open === null || !isFromChat(open.session, platform, input.chatId)) return null;
  const { member, session } = open;
  const t = messagesFor(member.locale ?? localeFrom(input.locale) ?? deps.defaultLocale);
  if (await deps.mock.hasAnswerFromEvent(platform, input.eventId)) return say(t, "mock.duplicate", {});
  const answerable = await answerablePrompt(deps, session, t, now);
  if (!answerable.ok) return answerable.error;
  const prompt = answerable.value;
  const text = input.text.trim();
  if (text.length > MAX_ANSWER_CHARS) {
    return say(t, "mock.answerTooLong", { length: text.length, max: MAX_ANSWER_CHARS });
  }
  const today = localDateOf(now, member.timezone);
  const judgedToday = await deps.mock.answersOn(member.id, today);
  if (judgedToday >= deps.mockDailyLimit) {
    await deps.mock.endSession(session.id, "limit", now);
    return say(t, "mock.limitReached", { limit: deps.mockDailyLimit });
  }

  const assessment = await assessAnswer(deps.judge, {
    topic: prompt.topic,
    question: prompt.text,
    keyPoints: prompt.keyPoints,
    answer: text,
    locale: t.locale,
    wantFollowUp: session.stage === "question",
  });
  const verdict = assessment.kind === "scored" ? assessment.verdict : assessment.offline;
  // One follow-up, after a real answer, and only while the day's limit leaves room to judge it.
  const followUp =
    assessment.kind === "scored" &&
    session.stage === "question" &&
    verdict.screened === null &&
    judgedToday + 1 < deps.mockDailyLimit
      ? verdict.followUp
      : null;
  const next: SessionNext =
    followUp === null ? { stage: "done" } : { stage: "followUp", followUp, askedAt: now };

  const outcome = await deps.mock.recordAnswer(
    {
      sessionId: session.id,
      memberId: member.id,
      stage: session.stage,
      topicId: session.topicId,
      questionId: session.questionId,
      answer: text,
      judge: assessment.kind === "scored" ? verdict.judge : deps.judge.kind,
      model: assessment.model,
      overall: assessment.kind === "scored" ? verdict.overall : null,
      verdict,
      failure: assessment.kind === "scored" ? null : assessment.reason,
      usage: assessment.usage,
      answeredAt: now,
      localDate: today,
      platform,
      eventId: input.eventId,
    },
    next,
  );
  if (outcome === "duplicate") return say(t, "mock.duplicate", {});
  if (outcome === "sessionChanged") return say(t, "mock.sessionChanged", {});

  if (assessment.kind === "unscored") {
    return say(t, "mock.unscored", {
      reason: assessment.reason,
      offline: verdict,
      keyPoints: prompt.keyPoints,
    });
  }
  const followUpText =
    followUp === null ? null : t["mock.followUpQuestion"]({ followUp, keyPoints: prompt.question.keyPoints });
  const reply = say(t, "mock.verdict", {
    verdict,
    keyPoints: prompt.keyPoints,
    followUp: followUpText,
    answerWith: input.answersInForms === true ? "form" : "message",
  });
  return followUpText === null ? reply : { ...reply, awaitingAnswer: { question: followUpText } };
}
