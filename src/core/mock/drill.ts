// /mock's actions on a member's session: start (a topic, or the weakest), stop, skip, history.
import type { CommandContext, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import type { MockHistoryRow } from "../messages/mock.js";
import type { InterviewTopic } from "../roadmap/types.js";
import { elsewhereActions, openQuestionActions, switchActions } from "./actions.js";
import { answerWithOf } from "./answerWith.js";
import type { Answering } from "./currentQuestion.js";
import { drillWeek } from "./drillWeek.js";
import { limitReply } from "./limit.js";
import { expiredReply, openPrompt } from "./openPrompt.js";
import type { MockSession } from "./ports.js";
import { summarizePractice, weakestTopic, weakestTopicFor } from "./practice.js";
import { chooseQuestion } from "./questions.js";
import { dueRedrill, redrillsOf } from "./redrill.js";
import { isExpired, isFromChat, minutesLeft, RECENT_QUESTIONS, SESSION_MINUTES } from "./session.js";
import { questionById, topicById } from "./topics.js";

/** Sessions listed by /mock history. */
const HISTORY_SESSIONS = 5;

/** Whether a button's question (`on`) is the session as it stands. */
function isTarget(session: MockSession, on: Answering): boolean {
  return session.id === on.sessionId && session.stage === on.stage;
}

/**
 * The reply to /mock with a question already open: where it is, and what can be done about it. `requested`
 * is a topic the member asked for; a different one than the open question's is confirmed before the open
 * question is dropped.
 */
async function openReply(
  ctx: CommandContext,
  session: MockSession,
  requested: InterviewTopic | null,
): Promise<Reply> {
  const { t } = ctx;
  const prompt = openPrompt(ctx.deps.roadmap, session, t);
  const answering = { sessionId: session.id, stage: session.stage };
  const open = {
    question: prompt?.text ?? session.questionId,
    minutesLeft: minutesLeft(session, ctx.now),
    answerWith: answerWithOf(ctx.capabilities),
  };
  const other = requested !== null && requested.id !== session.topicId ? requested : null;
  // Answers are only taken in the session's own chat: elsewhere the question is named, not asked again.
  if (!isFromChat(session, ctx.message.platform, ctx.message.chat.id)) {
    const group = await ctx.deps.schedule.groupByChat(session.platform, session.chatId);
    return {
      ...say(t, "mock.openElsewhere", { ...open, where: group?.title ?? null, topic: other }),
      mockActions: elsewhereActions(answering, other),
    };
  }
  if (prompt === null) return say(t, "mock.alreadyOpen", open);
  const awaitingAnswer = { question: prompt.text, answering, open: "onRequest" as const };
  if (other !== null) {
    return {
      ...say(t, "mock.switchTopic", { ...open, open: prompt.topic, topic: other }),
      awaitingAnswer,
      mockActions: switchActions(answering, other),
    };
  }
  return { ...say(t, "mock.alreadyOpen", open), awaitingAnswer, mockActions: openQuestionActions(answering) };
}

type Live =
  | { kind: "none" }
  | { kind: "open"; session: MockSession }
  | { kind: "expired"; session: MockSession };

/** The member's open session if still answerable; an expired one is closed on the way. */
async function liveSession(ctx: CommandContext): Promise<Live> {
  const session = await ctx.deps.mock.openSession(ctx.member.id);
  if (session === null) return { kind: "none" };
  if (!isExpired(session, ctx.now)) return { kind: "open", session };
  await ctx.deps.mock.endSession(session.id, "expired", ctx.now);
  return { kind: "expired", session };
}

/**
 * Asks a question on `topic`, or on the member's weakest topic when null. `replacing`: the open question
 * the member confirmed dropping for this topic.
 */
export async function startDrill(
  ctx: CommandContext,
  topic: InterviewTopic | null,
  replacing: Answering | null = null,
): Promise<Reply> {
  const { deps, member, t, now, message } = ctx;
  const live = await liveSession(ctx);
  if (live.kind === "open") {
    if (topic === null || replacing === null || !isTarget(live.session, replacing)) {
      return openReply(ctx, live.session, topic);
    }
    await deps.mock.endSession(live.session.id, "skipped", now);
  }
  const attempts = await deps.mock.attemptsBefore(member.id, now);
  if (attempts.count >= deps.mockDailyLimit) {
    return limitReply(t, deps.mockDailyLimit, attempts.nextAt ?? now, now);
  }
  const week = drillWeek(deps.roadmap, member, ctx.today);
  // A weak answer due again comes first: on the topic asked for, or on any when none was.
  const due = dueRedrill(await redrillsOf(deps.mock, member.id, ctx.today), ctx.today, topic?.id);
  const redrillTopic = due === null ? null : topicById(deps.roadmap, due.topicId);
  const redrillQuestion =
    due === null || redrillTopic === null ? null : questionById(redrillTopic, due.questionId);
  const redrill = due !== null && redrillQuestion !== null ? { score: due.score, on: due.on } : null;
  const chosen =
    (redrillQuestion === null ? topic : redrillTopic) ??
    topic ??
    (await weakestTopicFor(deps.mock, deps.roadmap, member.id, week));
  const recent = await deps.mock.recentQuestionIds(member.id, RECENT_QUESTIONS);
  const question = redrillQuestion ?? chooseQuestion(chosen, recent, member.id, week);
  const started = await deps.mock.startSession({
    memberId: member.id,
    platform: message.platform,
    chatId: message.chat.id,
    topicId: chosen.id,
    questionId: question.id,
    startedAt: now,
  });
  if (started.kind === "alreadyOpen") return openReply(ctx, started.session, topic);
  const suggested = topic === null && redrill === null;
  const answering = { sessionId: started.session.id, stage: started.session.stage };
  return {
    ...say(t, "mock.question", {
      topic: chosen,
      question,
      suggested,
      redrill,
      today: ctx.today,
      minutes: SESSION_MINUTES,
      answerWith: answerWithOf(ctx.capabilities),
    }),
    awaitingAnswer: {
      question: t["mock.prompt"]({ topic: chosen, question, suggested, redrill, today: ctx.today }),
      answering,
      open: "now",
    },
    mockActions: openQuestionActions(answering),
  };
}

/** A button's action on a question that is no longer the open one: it is not applied to another. */
function closedFor(ctx: CommandContext, live: Live, on: Answering | null): Reply | null {
  if (on === null || (live.kind !== "none" && isTarget(live.session, on))) return null;
  return say(ctx.t, "mock.questionClosed", {});
}

export async function stopDrill(ctx: CommandContext, on: Answering | null = null): Promise<Reply> {
  const live = await liveSession(ctx);
  const closed = closedFor(ctx, live, on);
  if (closed !== null) return closed;
  if (live.kind === "none") return say(ctx.t, "mock.nothingOpen", {});
  if (live.kind === "expired") return expiredReply(ctx.t, ctx.deps.roadmap, live.session);
  await ctx.deps.mock.endSession(live.session.id, "stopped", ctx.now);
  return say(ctx.t, live.session.stage === "followUp" ? "mock.stoppedAfterVerdict" : "mock.stopped", {});
}

/** Skipping the question asks another on the same topic; skipping the follow-up ends the session. */
export async function skipDrill(ctx: CommandContext, on: Answering | null = null): Promise<Reply> {
  const live = await liveSession(ctx);
  const closed = closedFor(ctx, live, on);
  if (closed !== null) return closed;
  if (live.kind === "none") return say(ctx.t, "mock.nothingOpen", {});
  if (live.kind === "expired") return expiredReply(ctx.t, ctx.deps.roadmap, live.session);
  const { session } = live;
  await ctx.deps.mock.endSession(session.id, "skipped", ctx.now);
  if (session.stage === "followUp") return say(ctx.t, "mock.followUpSkipped", {});
  return startDrill(ctx, topicById(ctx.deps.roadmap, session.topicId));
}

export async function showHistory(ctx: CommandContext): Promise<Reply> {
  const { deps, member, t, today } = ctx;
  const [answers, practice] = await Promise.all([
    deps.mock.recentAnswers(member.id, HISTORY_SESSIONS * 2),
    deps.mock.practice(member.id),
  ]);
  const topics = deps.roadmap.interview.topics;
  const weakest = weakestTopic(topics, practice);
  if (answers.length === 0) return say(t, "mock.historyEmpty", { weakest });

  const rows = new Map<number, MockHistoryRow>();
  const followUps = new Map<number, number | null>();
  for (const a of answers) {
    if (a.stage === "followUp") {
      followUps.set(a.sessionId, a.overall);
      continue;
    }
    rows.set(a.sessionId, {
      localDate: a.localDate,
      topic: topicById(deps.roadmap, a.topicId),
      topicId: a.topicId,
      overall: a.overall,
      judge: a.judge,
    });
  }
  const sessions = [...rows.entries()].slice(0, HISTORY_SESSIONS).map(([id, row]) => {
    const followUp = followUps.get(id);
    return followUp === undefined ? row : { ...row, followUp };
  });
  return say(t, "mock.history", {
    sessions,
    topics: summarizePractice(topics, practice),
    weakest,
    today,
  });
}
