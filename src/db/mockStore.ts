// The core's MockStore port, implemented with drizzle on either database.
import { and, asc, count, desc, eq, gt, gte, isNotNull, isNull, lte, min, sql } from "drizzle-orm";
import type {
  AnswerOutcome,
  AttemptCount,
  AttemptOutcome,
  AttemptRequest,
  MockAnswerSummary,
  MockSession,
  MockStage,
  MockStore,
} from "../core/mock/ports.js";
import type { TopicPractice } from "../core/mock/practice.js";
import { ATTEMPT_WINDOW_MS, DEFAULT_LLM_DAILY_BUDGET, JUDGING_LEASE_MS } from "../core/mock/session.js";
import type { JudgeKind } from "../core/mock/verdict.js";
import type { Platform } from "../core/ports.js";
import type { Database } from "./client.js";
import { identities, llmCalls, members, mockAnswers, mockAttempts, mockSessions } from "./schema/index.js";
import { toMember } from "./store.js";

type SessionRow = typeof mockSessions.$inferSelect;

const PLATFORMS: readonly Platform[] = ["console", "telegram", "discord"];

function platformOf(value: string): Platform {
  const platform = PLATFORMS.find((p) => p === value);
  if (platform === undefined) throw new Error(`unknown platform "${value}" in mock_sessions`);
  return platform;
}

function stageOf(value: string): MockStage {
  return value === "followUp" ? "followUp" : "question";
}

function judgeOf(value: string): JudgeKind {
  return value === "llm" ? "llm" : "offline";
}

function toSession(row: SessionRow): MockSession {
  return {
    id: row.id,
    memberId: row.memberId,
    platform: platformOf(row.platform),
    chatId: row.chatId,
    topicId: row.topicId,
    questionId: row.questionId,
    stage: stageOf(row.stage),
    followUp: row.followUp ?? null,
    startedAt: row.startedAt,
    askedAt: row.askedAt,
  };
}

export interface MockStoreOptions {
  /** LLM calls allowed in any 24 hours, across all members (LLM_DAILY_BUDGET); 0: none. */
  llmDailyBudget?: number;
}

/** Any fixed number: claims of LLM calls take turns on it, so replicas never overspend the budget. */
const BUDGET_LOCK = 7_240_902;

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

async function attemptsIn(tx: Database | Transaction, memberId: number, at: Date): Promise<AttemptCount> {
  const since = new Date(at.getTime() - ATTEMPT_WINDOW_MS);
  const [row] = await tx
    .select({ n: count(), oldest: min(mockAttempts.attemptedAt) })
    .from(mockAttempts)
    .where(and(eq(mockAttempts.memberId, memberId), gt(mockAttempts.attemptedAt, since)));
  const oldest = row?.oldest ?? null;
  return {
    count: Number(row?.n ?? 0),
    nextAt: oldest === null ? null : new Date(new Date(oldest).getTime() + ATTEMPT_WINDOW_MS),
  };
}

/** Counts an LLM call at `at` if the budget has room; false when it is spent. */
async function takeLlmCall(tx: Transaction, at: Date, budget: number): Promise<boolean> {
  if (budget <= 0) return false;
  await tx.execute(sql`select pg_advisory_xact_lock(${BUDGET_LOCK})`);
  const since = new Date(at.getTime() - ATTEMPT_WINDOW_MS);
  // Calls older than the window never count again.
  await tx.delete(llmCalls).where(lte(llmCalls.calledAt, since));
  const [row] = await tx.select({ n: count() }).from(llmCalls);
  if (Number(row?.n ?? 0) >= budget) return false;
  await tx.insert(llmCalls).values({ calledAt: at });
  return true;
}

export function createMockStore(db: Database, options: MockStoreOptions = {}): MockStore {
  const budget = options.llmDailyBudget ?? DEFAULT_LLM_DAILY_BUDGET;

  async function openSession(memberId: number): Promise<MockSession | null> {
    const [row] = await db
      .select()
      .from(mockSessions)
      .where(and(eq(mockSessions.memberId, memberId), isNull(mockSessions.endedAt)));
    return row === undefined ? null : toSession(row);
  }

  return {
    openSession,

    async openSessionOf(identity) {
      const [row] = await db
        .select({ member: members, session: mockSessions })
        .from(identities)
        .innerJoin(members, eq(members.id, identities.memberId))
        .innerJoin(mockSessions, and(eq(mockSessions.memberId, members.id), isNull(mockSessions.endedAt)))
        .where(
          and(
            eq(identities.platform, identity.platform),
            eq(identities.platformUserId, identity.platformUserId),
          ),
        );
      return row === undefined ? null : { member: toMember(row.member), session: toSession(row.session) };
    },

    async startSession(session) {
      const [row] = await db
        .insert(mockSessions)
        .values({ ...session, askedAt: session.startedAt, stage: "question" })
        .onConflictDoNothing()
        .returning();
      if (row !== undefined) return { kind: "started", session: toSession(row) };
      const open = await openSession(session.memberId);
      if (open === null) throw new Error("mock session neither started nor open");
      return { kind: "alreadyOpen", session: open };
    },

    async endSession(sessionId, reason, at) {
      const ended = await db
        .update(mockSessions)
        .set({ endedAt: at, endReason: reason })
        .where(and(eq(mockSessions.id, sessionId), isNull(mockSessions.endedAt)))
        .returning({ id: mockSessions.id });
      return ended.length > 0;
    },

    async recentQuestionIds(memberId, limit) {
      const rows = await db
        .select({ questionId: mockSessions.questionId })
        .from(mockSessions)
        .where(eq(mockSessions.memberId, memberId))
        .orderBy(desc(mockSessions.startedAt), desc(mockSessions.id))
        .limit(limit);
      return rows.map((r) => r.questionId);
    },

    attemptsBefore: (memberId, at) => attemptsIn(db, memberId, at),

    claimAttempt(request: AttemptRequest): Promise<AttemptOutcome> {
      return db.transaction(async (tx) => {
        // The session row is the lock: racing answers to one session take turns here.
        const [session] = await tx
          .select()
          .from(mockSessions)
          .where(eq(mockSessions.id, request.sessionId))
          .for("update");
        if (session === undefined || session.endedAt !== null || session.stage !== request.stage) {
          return { kind: "sessionChanged" };
        }
        const judging = session.judgingSince;
        if (judging !== null && request.at.getTime() - judging.getTime() < JUDGING_LEASE_MS) {
          return { kind: "busy" };
        }
        const attempts = await attemptsIn(tx, request.memberId, request.at);
        if (attempts.count >= request.limit) {
          return { kind: "limitReached", nextAt: attempts.nextAt ?? request.at };
        }
        const llm = request.wantsLlm && (await takeLlmCall(tx, request.at, budget));
        await tx
          .delete(mockAttempts)
          .where(
            and(
              eq(mockAttempts.memberId, request.memberId),
              lte(mockAttempts.attemptedAt, new Date(request.at.getTime() - ATTEMPT_WINDOW_MS)),
            ),
          );
        await tx.insert(mockAttempts).values({ memberId: request.memberId, attemptedAt: request.at });
        await tx
          .update(mockSessions)
          .set({ judgingSince: request.at })
          .where(eq(mockSessions.id, request.sessionId));
        return { kind: "claimed", attempts: attempts.count + 1, llm };
      });
    },

    async releaseJudging(sessionId) {
      await db.update(mockSessions).set({ judgingSince: null }).where(eq(mockSessions.id, sessionId));
    },

    async hasAnswerFromEvent(platform, eventId) {
      const rows = await db
        .select({ id: mockAnswers.id })
        .from(mockAnswers)
        .where(and(eq(mockAnswers.platform, platform), eq(mockAnswers.eventId, eventId)))
        .limit(1);
      return rows.length > 0;
    },

    recordAnswer(answer, next): Promise<AnswerOutcome> {
      return db.transaction(async (tx) => {
        // The session row is the lock: a stop, an expiry or a second answer waits for this one.
        const [session] = await tx
          .select()
          .from(mockSessions)
          .where(eq(mockSessions.id, answer.sessionId))
          .for("update");
        const seen = await tx
          .select({ id: mockAnswers.id })
          .from(mockAnswers)
          .where(and(eq(mockAnswers.platform, answer.platform), eq(mockAnswers.eventId, answer.eventId)));
        if (seen.length > 0) return "duplicate";
        if (session === undefined || session.endedAt !== null || session.stage !== answer.stage) {
          return "sessionChanged";
        }
        await tx.insert(mockAnswers).values({
          sessionId: answer.sessionId,
          memberId: answer.memberId,
          stage: answer.stage,
          topicId: answer.topicId,
          questionId: answer.questionId,
          answer: answer.answer,
          judge: answer.judge,
          model: answer.model,
          overall: answer.overall,
          verdict: answer.verdict,
          failure: answer.failure,
          promptTokens: answer.usage?.promptTokens ?? null,
          completionTokens: answer.usage?.completionTokens ?? null,
          answeredAt: answer.answeredAt,
          localDate: answer.localDate,
          platform: answer.platform,
          eventId: answer.eventId,
        });
        await tx
          .update(mockSessions)
          .set(
            next.stage === "followUp"
              ? { stage: "followUp", followUp: next.followUp, askedAt: next.askedAt, judgingSince: null }
              : { endedAt: answer.answeredAt, endReason: "answered", judgingSince: null },
          )
          .where(eq(mockSessions.id, answer.sessionId));
        return "recorded";
      });
    },

    async recentAnswers(memberId, limit) {
      const rows = await db
        .select({
          sessionId: mockAnswers.sessionId,
          stage: mockAnswers.stage,
          topicId: mockAnswers.topicId,
          questionId: mockAnswers.questionId,
          judge: mockAnswers.judge,
          overall: mockAnswers.overall,
          answeredAt: mockAnswers.answeredAt,
          localDate: mockAnswers.localDate,
        })
        .from(mockAnswers)
        .where(eq(mockAnswers.memberId, memberId))
        .orderBy(desc(mockAnswers.answeredAt), desc(mockAnswers.id))
        .limit(limit);
      return rows.map((r): MockAnswerSummary => ({ ...r, stage: stageOf(r.stage), judge: judgeOf(r.judge) }));
    },

    async latestAnswer(memberId) {
      const [row] = await db
        .select({
          topicId: mockAnswers.topicId,
          questionId: mockAnswers.questionId,
          stage: mockAnswers.stage,
          verdict: mockAnswers.verdict,
          followUp: mockSessions.followUp,
        })
        .from(mockAnswers)
        .innerJoin(mockSessions, eq(mockSessions.id, mockAnswers.sessionId))
        .where(eq(mockAnswers.memberId, memberId))
        .orderBy(desc(mockAnswers.answeredAt), desc(mockAnswers.id))
        .limit(1);
      return row === undefined ? null : { ...row, stage: stageOf(row.stage), followUp: row.followUp ?? null };
    },

    async practice(memberId) {
      const rows = await db
        .select({ topicId: mockAnswers.topicId, overall: mockAnswers.overall })
        .from(mockAnswers)
        .where(and(eq(mockAnswers.memberId, memberId), eq(mockAnswers.stage, "question")))
        .orderBy(asc(mockAnswers.answeredAt), asc(mockAnswers.id));
      const byTopic = new Map<string, TopicPractice>();
      for (const row of rows) {
        const entry = byTopic.get(row.topicId) ?? { topicId: row.topicId, answered: 0, scores: [] };
        entry.answered += 1;
        if (row.overall !== null) entry.scores.push(row.overall);
        byTopic.set(row.topicId, entry);
      }
      return [...byTopic.values()];
    },

    async mockScoresBetween(memberId, from, to) {
      const rows = await db
        .select({
          localDate: mockAnswers.localDate,
          topicId: mockAnswers.topicId,
          questionId: mockAnswers.questionId,
          stage: mockAnswers.stage,
          judge: mockAnswers.judge,
          overall: mockAnswers.overall,
        })
        .from(mockAnswers)
        .where(
          and(
            eq(mockAnswers.memberId, memberId),
            gte(mockAnswers.localDate, from),
            lte(mockAnswers.localDate, to),
            isNotNull(mockAnswers.overall),
          ),
        )
        .orderBy(asc(mockAnswers.answeredAt), asc(mockAnswers.id));
      return rows.flatMap((r) =>
        r.overall === null
          ? []
          : [{ ...r, overall: r.overall, stage: stageOf(r.stage), judge: judgeOf(r.judge) }],
      );
    },
  };
}
