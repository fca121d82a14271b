// Mock interviews: sessions (one open per member at most), the judged answers, and what bounds their cost:
// every attempt per member and every LLM call, each in a rolling 24 h window.
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { FollowUp, Verdict } from "../../core/mock/verdict.js";
import { members } from "./members.js";

export const mockSessions = pgTable(
  "mock_sessions",
  {
    id: serial("id").primaryKey(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    topicId: text("topic_id").notNull(),
    questionId: text("question_id").notNull(),
    /** "question" until answered; "followUp" while the follow-up waits for its answer. */
    stage: text("stage").notNull().default("question"),
    followUp: jsonb("follow_up").$type<FollowUp>(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
    /** Set while an answer is with the judge: a second answer meanwhile is refused, not judged again. */
    judgingSince: timestamp("judging_since", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("mock_sessions_one_open_idx").on(t.memberId).where(sql`${t.endedAt} is null`),
    index("mock_sessions_member_started_idx").on(t.memberId, t.startedAt),
    check("mock_sessions_stage", sql`${t.stage} in ('question', 'followUp')`),
  ],
);

export const mockAnswers = pgTable(
  "mock_answers",
  {
    id: serial("id").primaryKey(),
    sessionId: integer("session_id")
      .notNull()
      .references(() => mockSessions.id, { onDelete: "cascade" }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    stage: text("stage").notNull(),
    topicId: text("topic_id").notNull(),
    questionId: text("question_id").notNull(),
    answer: text("answer").notNull(),
    judge: text("judge").notNull(),
    model: text("model"),
    /** null: unscored (the judge failed); never a number the judge did not give. */
    overall: integer("overall"),
    /** What the member was shown: the judge's verdict, or the offline one when unscored. */
    verdict: jsonb("verdict").$type<Verdict>().notNull(),
    failure: text("failure"),
    promptTokens: integer("prompt_tokens"),
    completionTokens: integer("completion_tokens"),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
    /** The member's local day, for weekly recaps (the limit counts mock_attempts over 24 hours). */
    localDate: date("local_date", { mode: "string" }).notNull(),
    platform: text("platform").notNull(),
    eventId: text("event_id").notNull(),
  },
  (t) => [
    uniqueIndex("mock_answers_session_stage_idx").on(t.sessionId, t.stage),
    uniqueIndex("mock_answers_event_idx").on(t.platform, t.eventId),
    index("mock_answers_member_date_idx").on(t.memberId, t.localDate),
    check(
      "mock_answers_overall_range",
      sql`${t.overall} is null or (${t.overall} >= 0 and ${t.overall} <= 10)`,
    ),
    check("mock_answers_scored_or_failed", sql`(${t.overall} is null) = (${t.failure} is not null)`),
  ],
);

/** Every answer taken to a judge, scored or not: what MOCK_DAILY_LIMIT counts. */
export const mockAttempts = pgTable(
  "mock_attempts",
  {
    id: serial("id").primaryKey(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("mock_attempts_member_at_idx").on(t.memberId, t.attemptedAt)],
);

/**
 * Every LLM call, whoever made it: what LLM_DAILY_BUDGET counts. No member link, so a /forget does not
 * give the budget back.
 */
export const llmCalls = pgTable(
  "llm_calls",
  {
    id: serial("id").primaryKey(),
    calledAt: timestamp("called_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("llm_calls_called_at_idx").on(t.calledAt)],
);
