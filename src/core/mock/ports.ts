// What the mock-interview flow needs from persistence: the MockStore port, implemented in src/db.
import type { Identity, Member, Platform } from "../ports.js";
import type { LocalDate } from "../time/dates.js";
import type { FailureReason, TokenUsage } from "./judge.js";
import type { TopicPractice } from "./practice.js";
import type { FollowUp, JudgeKind, Verdict } from "./verdict.js";

/** Answering the main question, or the follow-up. */
export type MockStage = "question" | "followUp";

export type EndReason = "answered" | "stopped" | "skipped" | "expired" | "limit";

export interface MockSession {
  id: number;
  memberId: number;
  /** Answers are taken from the chat the session started in. */
  platform: Platform;
  chatId: string;
  topicId: string;
  questionId: string;
  stage: MockStage;
  /** Set once the follow-up was asked. */
  followUp: FollowUp | null;
  startedAt: Date;
  /** When the member was last asked something: the session expires counting from here. */
  askedAt: Date;
}

export interface NewMockSession {
  memberId: number;
  platform: Platform;
  chatId: string;
  topicId: string;
  questionId: string;
  startedAt: Date;
}

export interface NewMockAnswer {
  sessionId: number;
  memberId: number;
  stage: MockStage;
  topicId: string;
  questionId: string;
  answer: string;
  judge: JudgeKind;
  model: string | null;
  /** null: unscored. Only a number the judge gave. */
  overall: number | null;
  /** What the member was shown: the judge's verdict, or the offline one when unscored. */
  verdict: Verdict;
  failure: FailureReason | null;
  usage: TokenUsage | null;
  answeredAt: Date;
  localDate: LocalDate;
  platform: Platform;
  eventId: string;
}

/** What happens to the session once the answer is recorded. */
export type SessionNext = { stage: "followUp"; followUp: FollowUp; askedAt: Date } | { stage: "done" };

export type AnswerOutcome = "recorded" | "duplicate" | "sessionChanged";

export interface MockAnswerSummary {
  sessionId: number;
  stage: MockStage;
  topicId: string;
  questionId: string;
  judge: JudgeKind;
  overall: number | null;
  answeredAt: Date;
  localDate: LocalDate;
}

/** A scored answer, as the weekly recap reads it. */
export interface MockScore {
  localDate: LocalDate;
  topicId: string;
  questionId: string;
  stage: MockStage;
  judge: JudgeKind;
  overall: number;
}

export interface MockStore {
  /** The member's open session (expired or not), if any. */
  openSession(memberId: number): Promise<MockSession | null>;
  /** The open session of a platform account, and its member; never creates a member. */
  openSessionOf(identity: Pick<Identity, "platform" | "platformUserId">): Promise<{
    member: Member;
    session: MockSession;
  } | null>;
  /** Starts a session unless the member already has an open one, which is returned instead. */
  startSession(
    session: NewMockSession,
  ): Promise<{ kind: "started"; session: MockSession } | { kind: "alreadyOpen"; session: MockSession }>;
  /** Ends an open session; false when it had already ended. */
  endSession(sessionId: number, reason: EndReason, at: Date): Promise<boolean>;
  /** Question ids the member was asked, newest first. */
  recentQuestionIds(memberId: number, limit: number): Promise<string[]>;
  /** Answers judged on a local day: what the daily limit counts. */
  answersOn(memberId: number, localDate: LocalDate): Promise<number>;
  /** Whether a platform event was already taken as an answer. */
  hasAnswerFromEvent(platform: Platform, eventId: string): Promise<boolean>;
  /**
   * Records the answer and moves the session on, atomically, only if the session is still open at the
   * answer's stage; a repeated event is a duplicate.
   */
  recordAnswer(answer: NewMockAnswer, next: SessionNext): Promise<AnswerOutcome>;
  /** The member's latest answers, newest first. */
  recentAnswers(memberId: number, limit: number): Promise<MockAnswerSummary[]>;
  /** Main answers per topic, for averages, trends and the weakest topic. */
  practice(memberId: number): Promise<TopicPractice[]>;
  /** Scored answers between two local dates, inclusive, oldest first: the week's mock scores. */
  mockScoresBetween(memberId: number, from: LocalDate, to: LocalDate): Promise<MockScore[]>;
}
