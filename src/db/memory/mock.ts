// Mock interviews: one open session per member, answers once per event and stage, and the rolling limits.
import type {
  AnswerOutcome,
  AttemptCount,
  AttemptOutcome,
  AttemptRequest,
  EndReason,
  LatestAnswer,
  MockAnswerSummary,
  MockScore,
  MockSession,
  NewMockAnswer,
  NewMockSession,
  SessionNext,
} from "../../core/mock/ports.js";
import type { TopicPractice } from "../../core/mock/practice.js";
import { ATTEMPT_WINDOW_MS, JUDGING_LEASE_MS } from "../../core/mock/session.js";
import type { Identity, Member, Platform } from "../../core/ports.js";
import type { LocalDate } from "../../core/time/dates.js";
import { memberByIdentity, requireMember, toMember } from "./members.js";
import type { Db, MockAnswerRow, MockSessionRow } from "./state.js";

function toSession(row: MockSessionRow): MockSession {
  return {
    id: row.id,
    memberId: row.memberId,
    platform: row.platform,
    chatId: row.chatId,
    topicId: row.topicId,
    questionId: row.questionId,
    stage: row.stage,
    followUp: row.followUp === null ? null : structuredClone(row.followUp),
    startedAt: new Date(row.startedAt),
    askedAt: new Date(row.askedAt),
  };
}

function openRow(db: Db, memberId: number): MockSessionRow | undefined {
  for (const row of db.t.mockSessions.values())
    if (row.memberId === memberId && row.endedAt === null) return row;
  return undefined;
}

export function openSession(db: Db, memberId: number): MockSession | null {
  const row = openRow(db, memberId);
  return row === undefined ? null : toSession(row);
}

export function openSessionOf(
  db: Db,
  identity: Pick<Identity, "platform" | "platformUserId">,
): { member: Member; session: MockSession } | null {
  const member = memberByIdentity(db, identity);
  const row = member === undefined ? undefined : openRow(db, member.id);
  return member === undefined || row === undefined
    ? null
    : { member: toMember(member), session: toSession(row) };
}

export function startSession(db: Db, session: NewMockSession) {
  // mock_sessions_one_open_idx: at most one open session per member.
  const open = openRow(db, session.memberId);
  if (open !== undefined) return { kind: "alreadyOpen" as const, session: toSession(open) };
  requireMember(db, session.memberId);
  const row: MockSessionRow = {
    id: db.nextId("mockSessions"),
    memberId: session.memberId,
    platform: session.platform,
    chatId: session.chatId,
    topicId: session.topicId,
    questionId: session.questionId,
    stage: "question",
    followUp: null,
    startedAt: new Date(session.startedAt),
    askedAt: new Date(session.startedAt),
    endedAt: null,
    endReason: null,
    judgingSince: null,
  };
  db.t.mockSessions.set(row.id, row);
  return { kind: "started" as const, session: toSession(row) };
}

export function endSession(db: Db, sessionId: number, reason: EndReason, at: Date): boolean {
  const row = db.t.mockSessions.get(sessionId);
  if (row === undefined || row.endedAt !== null) return false;
  db.t.mockSessions.set(sessionId, { ...row, endedAt: new Date(at), endReason: reason });
  return true;
}

export function recentQuestionIds(db: Db, memberId: number, limit: number): string[] {
  return [...db.t.mockSessions.values()]
    .filter((s) => s.memberId === memberId)
    .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || b.id - a.id)
    .slice(0, Math.max(0, limit))
    .map((s) => s.questionId);
}

export function attemptsBefore(db: Db, memberId: number, at: Date): AttemptCount {
  const since = at.getTime() - ATTEMPT_WINDOW_MS;
  const times = [...db.t.mockAttempts.values()]
    .filter((a) => a.memberId === memberId && a.attemptedAt.getTime() > since)
    .map((a) => a.attemptedAt.getTime());
  return {
    count: times.length,
    nextAt: times.length === 0 ? null : new Date(Math.min(...times) + ATTEMPT_WINDOW_MS),
  };
}

/** Counts an LLM call at `at` if the budget has room; false when it is spent. */
function takeLlmCall(db: Db, at: Date, budget: number): boolean {
  if (budget <= 0) return false;
  const since = at.getTime() - ATTEMPT_WINDOW_MS;
  // Calls older than the window never count again.
  for (const [id, call] of db.t.llmCalls) if (call.calledAt.getTime() <= since) db.t.llmCalls.delete(id);
  if (db.t.llmCalls.size >= budget) return false;
  const id = db.nextId("llmCalls");
  db.t.llmCalls.set(id, { id, calledAt: new Date(at) });
  return true;
}

export function claimAttempt(db: Db, request: AttemptRequest, budget: number): AttemptOutcome {
  const session = db.t.mockSessions.get(request.sessionId);
  if (session === undefined || session.endedAt !== null || session.stage !== request.stage) {
    return { kind: "sessionChanged" };
  }
  const judging = session.judgingSince;
  if (judging !== null && request.at.getTime() - judging.getTime() < JUDGING_LEASE_MS)
    return { kind: "busy" };
  const attempts = attemptsBefore(db, request.memberId, request.at);
  if (attempts.count >= request.limit) return { kind: "limitReached", nextAt: attempts.nextAt ?? request.at };
  const llm = request.wantsLlm && takeLlmCall(db, request.at, budget);
  const since = request.at.getTime() - ATTEMPT_WINDOW_MS;
  for (const [id, attempt] of db.t.mockAttempts) {
    if (attempt.memberId === request.memberId && attempt.attemptedAt.getTime() <= since) {
      db.t.mockAttempts.delete(id);
    }
  }
  requireMember(db, request.memberId);
  const id = db.nextId("mockAttempts");
  db.t.mockAttempts.set(id, { id, memberId: request.memberId, attemptedAt: new Date(request.at) });
  db.t.mockSessions.set(session.id, { ...session, judgingSince: new Date(request.at) });
  return { kind: "claimed", attempts: attempts.count + 1, llm };
}

export function releaseJudging(db: Db, sessionId: number): void {
  const row = db.t.mockSessions.get(sessionId);
  if (row !== undefined) db.t.mockSessions.set(sessionId, { ...row, judgingSince: null });
}

function answerFromEvent(db: Db, platform: Platform, eventId: string): MockAnswerRow | undefined {
  for (const row of db.t.mockAnswers.values())
    if (row.platform === platform && row.eventId === eventId) return row;
  return undefined;
}

export function hasAnswerFromEvent(db: Db, platform: Platform, eventId: string): boolean {
  return answerFromEvent(db, platform, eventId) !== undefined;
}

/** The mock_answers constraints Postgres checks on insert. */
function checkAnswer(db: Db, answer: NewMockAnswer): void {
  const { overall, failure } = answer;
  if (overall !== null && !(overall >= 0 && overall <= 10)) {
    throw new Error(`check constraint "mock_answers_overall_range" violated by ${overall}`);
  }
  if ((overall === null) !== (failure !== null)) {
    throw new Error(`check constraint "mock_answers_scored_or_failed" violated`);
  }
  for (const row of db.t.mockAnswers.values()) {
    if (row.sessionId === answer.sessionId && row.stage === answer.stage) {
      throw new Error(`unique constraint "mock_answers_session_stage_idx" violated`);
    }
  }
  requireMember(db, answer.memberId);
}

export function recordAnswer(db: Db, answer: NewMockAnswer, next: SessionNext): AnswerOutcome {
  const session = db.t.mockSessions.get(answer.sessionId);
  if (hasAnswerFromEvent(db, answer.platform, answer.eventId)) return "duplicate";
  if (session === undefined || session.endedAt !== null || session.stage !== answer.stage)
    return "sessionChanged";
  checkAnswer(db, answer);
  const row: MockAnswerRow = {
    id: db.nextId("mockAnswers"),
    sessionId: answer.sessionId,
    memberId: answer.memberId,
    stage: answer.stage,
    topicId: answer.topicId,
    questionId: answer.questionId,
    answer: answer.answer,
    judge: answer.judge,
    model: answer.model,
    overall: answer.overall,
    // Stored as data, as jsonb is: later changes to the caller's object do not reach it.
    verdict: structuredClone(answer.verdict),
    failure: answer.failure,
    promptTokens: answer.usage?.promptTokens ?? null,
    completionTokens: answer.usage?.completionTokens ?? null,
    answeredAt: new Date(answer.answeredAt),
    localDate: answer.localDate,
    platform: answer.platform,
    eventId: answer.eventId,
  };
  db.t.mockAnswers.set(row.id, row);
  db.t.mockSessions.set(
    session.id,
    next.stage === "followUp"
      ? {
          ...session,
          stage: "followUp",
          followUp: structuredClone(next.followUp),
          askedAt: new Date(next.askedAt),
          judgingSince: null,
        }
      : { ...session, endedAt: new Date(answer.answeredAt), endReason: "answered", judgingSince: null },
  );
  return "recorded";
}

/** The member's answers, oldest first (by time answered, then by id). */
export function answersOf(db: Db, memberId: number): MockAnswerRow[] {
  return [...db.t.mockAnswers.values()]
    .filter((a) => a.memberId === memberId)
    .sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime() || a.id - b.id);
}

export function recentAnswers(db: Db, memberId: number, limit: number): MockAnswerSummary[] {
  return answersOf(db, memberId)
    .reverse()
    .slice(0, Math.max(0, limit))
    .map((r) => ({
      sessionId: r.sessionId,
      stage: r.stage,
      topicId: r.topicId,
      questionId: r.questionId,
      judge: r.judge,
      overall: r.overall,
      answeredAt: new Date(r.answeredAt),
      localDate: r.localDate,
    }));
}

export function latestAnswer(db: Db, memberId: number): LatestAnswer | null {
  const row = answersOf(db, memberId).at(-1);
  if (row === undefined) return null;
  const { topicId, questionId, stage, verdict } = row;
  return {
    topicId,
    questionId,
    stage,
    verdict,
    followUp: db.t.mockSessions.get(row.sessionId)?.followUp ?? null,
  };
}

export function practice(db: Db, memberId: number): TopicPractice[] {
  const byTopic = new Map<string, TopicPractice>();
  for (const row of answersOf(db, memberId)) {
    if (row.stage !== "question") continue;
    const entry = byTopic.get(row.topicId) ?? { topicId: row.topicId, answered: 0, scores: [] };
    entry.answered += 1;
    if (row.overall !== null) entry.scores.push(row.overall);
    byTopic.set(row.topicId, entry);
  }
  return [...byTopic.values()];
}

export function mockScoresBetween(db: Db, memberId: number, from: LocalDate, to: LocalDate): MockScore[] {
  return answersOf(db, memberId).flatMap((r) =>
    r.overall === null || r.localDate < from || r.localDate > to
      ? []
      : [
          {
            localDate: r.localDate,
            topicId: r.topicId,
            questionId: r.questionId,
            stage: r.stage,
            judge: r.judge,
            overall: r.overall,
          },
        ],
  );
}
