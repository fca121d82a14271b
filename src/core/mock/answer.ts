// Taking a member's answer to their open question: a plain message, or a form a platform submits
// (e.g. a Discord modal) — both call answerMock.
import type { CoreDeps, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import { localeFrom, messagesFor } from "../messages/index.js";
import type { AnswerWith } from "../messages/mock.js";
import type { Identity } from "../ports.js";
import { memberDayOf } from "../time/memberDay.js";
import { DONE_ACTIONS, followUpActions } from "./actions.js";
import { type Assessment, judgePassed, screenedAssessment } from "./assess.js";
import type { JudgeInput } from "./judge.js";
import { limitReply } from "./limit.js";
import { offlineJudge } from "./offlineJudge.js";
import { answerablePrompt } from "./openPrompt.js";
import type { MockSession, MockStage, NewMockAnswer, SessionNext } from "./ports.js";
import { screenAnswer } from "./screen.js";
import { isFromChat } from "./session.js";
import { withSessionRoadmap } from "./sessionRoadmap.js";
import type { Verdict } from "./verdict.js";

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
  /** How the follow-up is answered (a form, a reply, the next message): what the verdict says. */
  answerWith?: AnswerWith;
  /**
   * The question a form was opened for: an answer to anything else (the session moved on, or a form
   * submitted twice) is not taken. Plain messages answer whatever is open.
   */
  answering?: { sessionId: number; stage: MockStage };
}

/** The reply to an answer, or null when the member has no open question here (the text is not for us). */
export async function answerMock(core: CoreDeps, input: MockAnswerInput, now: Date): Promise<Reply | null> {
  const open = await core.mock.openSessionOf(input.identity);
  const { platform } = input.identity;
  if (open === null || !isFromChat(open.session, platform, input.chatId)) {
    if (input.answering === undefined) return null;
    const t = messagesFor(open?.member.locale ?? localeFrom(input.locale) ?? core.defaultLocale);
    return say(t, "mock.questionClosed", {});
  }
  const deps = await withSessionRoadmap(core, open);
  const { member, session } = open;
  const t = messagesFor(member.locale ?? localeFrom(input.locale) ?? deps.defaultLocale);
  if (await deps.mock.hasAnswerFromEvent(platform, input.eventId)) return say(t, "mock.duplicate", {});
  const { answering } = input;
  if (answering !== undefined && (answering.sessionId !== session.id || answering.stage !== session.stage)) {
    return say(t, "mock.sessionChanged", {});
  }
  const answerable = await answerablePrompt(deps, session, t, now);
  if (!answerable.ok) return answerable.error;
  const prompt = answerable.value;
  const text = input.text.trim();
  if (text.length > MAX_ANSWER_CHARS) {
    return say(t, "mock.answerTooLong", { length: text.length, max: MAX_ANSWER_CHARS });
  }

  const judgeInput: JudgeInput = {
    topic: prompt.topic,
    question: prompt.text,
    keyPoints: prompt.keyPoints,
    kind: prompt.question.kind,
    answer: text,
    locale: t.locale,
    wantFollowUp: session.stage === "question",
  };
  const screening = screenAnswer(judgeInput);
  const wantsLlm = screening.kind === "pass" && deps.judge.kind === "llm";
  // Claimed before any judge is called: of answers racing for this question exactly one goes on, and
  // every attempt counts, whatever the judge then says.
  const claim = await deps.mock.claimAttempt({
    sessionId: session.id,
    memberId: member.id,
    stage: session.stage,
    at: now,
    limit: deps.mockDailyLimit,
    wantsLlm,
  });
  switch (claim.kind) {
    case "busy":
      return say(t, "mock.judging", {});
    case "sessionChanged":
      return say(t, "mock.sessionChanged", {});
    case "limitReached":
      await deps.mock.endSession(session.id, "limit", now);
      return limitReply(t, deps.mockDailyLimit, claim.nextAt, now);
    case "claimed":
      break;
  }

  let assessment: Assessment;
  try {
    assessment =
      screening.kind === "screened"
        ? screenedAssessment(screening)
        : await judgePassed(claim.llm ? deps.judge : offlineJudge, judgeInput, screening);
  } catch (error) {
    // A failure of ours, not the member's: the question takes an answer again (the attempt still counts).
    await deps.mock.releaseJudging(session.id);
    throw error;
  }
  const judged = assessment.kind === "scored" ? assessment.verdict : assessment.offline;
  // The LLM was wanted but its budget is spent: the verdict says the offline judge gave it.
  const verdict: Verdict = wantsLlm && !claim.llm ? { ...judged, budgetSpent: true } : judged;
  // One follow-up, after a real answer, and only while the limit leaves room to judge it.
  const followUp =
    assessment.kind === "scored" &&
    session.stage === "question" &&
    verdict.screened === null &&
    claim.attempts < deps.mockDailyLimit
      ? verdict.followUp
      : null;
  const next: SessionNext =
    followUp === null ? { stage: "done" } : { stage: "followUp", followUp, askedAt: now };

  const outcome = await recordOrRelease(deps, session, next, {
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
    localDate: memberDayOf(now, member),
    platform,
    eventId: input.eventId,
  });
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
    answerWith: input.answerWith ?? "message",
  });
  if (followUpText === null) {
    const mockTopics = deps.roadmap.interview.topics.map((topic) => ({ id: topic.id, name: topic.name }));
    return { ...reply, locale: t.locale, mockActions: DONE_ACTIONS, mockTopics };
  }
  // The same session, now at its follow-up: offered behind a button where answers go in forms.
  const followUpOf = { sessionId: session.id, stage: "followUp" as const };
  return {
    ...reply,
    locale: t.locale,
    awaitingAnswer: { question: followUpText, answering: followUpOf, open: "onRequest" },
    mockActions: followUpActions(followUpOf),
  };
}

/** Records the answer; when that fails, the question takes an answer again before the error goes on. */
async function recordOrRelease(
  deps: CoreDeps,
  session: MockSession,
  next: SessionNext,
  answer: NewMockAnswer,
) {
  try {
    return await deps.mock.recordAnswer(answer, next);
  } catch (error) {
    await deps.mock.releaseJudging(session.id);
    throw error;
  }
}
