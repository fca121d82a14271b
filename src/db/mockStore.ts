// The core's MockStore port, implemented with drizzle on either database.
import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte } from "drizzle-orm";
import type {
  AnswerOutcome,
  MockAnswerSummary,
  MockSession,
  MockStage,
  MockStore,
} from "../core/mock/ports.js";
import type { TopicPractice } from "../core/mock/practice.js";
import type { JudgeKind } from "../core/mock/verdict.js";
import type { Platform } from "../core/ports.js";
import type { Database } from "./client.js";
import { identities, members, mockAnswers, mockSessions } from "./schema/index.js";
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

export function createMockStore(db: Database): MockStore {
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

    async answersOn(memberId, localDate) {
      const [row] = await db
        .select({ n: count() })
        .from(mockAnswers)
        .where(and(eq(mockAnswers.memberId, memberId), eq(mockAnswers.localDate, localDate)));
      return Number(row?.n ?? 0);
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
              ? { stage: "followUp", followUp: next.followUp, askedAt: next.askedAt }
              : { endedAt: answer.answeredAt, endReason: "answered" },
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
