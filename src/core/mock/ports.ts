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

/** An answer about to go to a judge. */
export interface AttemptRequest {
  sessionId: number;
  memberId: number;
  /** The stage the answer is for: a session moved on since is not claimed. */
  stage: MockStage;
  at: Date;
  /** Attempts the member may make in any 24 hours (see ATTEMPT_WINDOW_MS). */
  limit: number;
  /** The answer would go to the LLM, if the LLM's budget allows. */
  wantsLlm: boolean;
}

export type AttemptOutcome =
  | {
      kind: "claimed";
      /** The member's attempts in the window, this one included. */
      attempts: number;
      /** The LLM call was counted against the budget; false when not wanted or the budget is spent. */
      llm: boolean;
    }
  /** Another answer to the same session is with the judge. */
  | { kind: "busy" }
  /** `nextAt`: when the oldest attempt leaves the window. */
  | { kind: "limitReached"; nextAt: Date }
  | { kind: "sessionChanged" };

/** The member's attempts in the window, and when the oldest leaves it (null with none). */
export interface AttemptCount {
  count: number;
  nextAt: Date | null;
}

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

/** The member's latest answer, with what it was judged against: its full verdict on request. */
export interface LatestAnswer {
  topicId: string;
  questionId: string;
  stage: MockStage;
  verdict: Verdict;
  /** The follow-up its session asked, if any: a follow-up's answer is judged on its key points only. */
  followUp: FollowUp | null;
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
  /** Attempts in the 24 hours before `at`, in any timezone: what the daily limit counts. */
  attemptsBefore(memberId: number, at: Date): Promise<AttemptCount>;
  /**
   * Marks the session as being judged and counts the attempt (and the LLM call, if the budget allows),
   * atomically under the session's lock: of answers racing for one session, exactly one is claimed.
   */
  claimAttempt(request: AttemptRequest): Promise<AttemptOutcome>;
  /** The judge failed before an answer was recorded: the session takes an answer again. */
  releaseJudging(sessionId: number): Promise<void>;
  /** Whether a platform event was already taken as an answer. */
  hasAnswerFromEvent(platform: Platform, eventId: string): Promise<boolean>;
  /**
   * Records the answer, ends judging and moves the session on, atomically, only if the session is still
   * open at the answer's stage; a repeated event is a duplicate.
   */
  recordAnswer(answer: NewMockAnswer, next: SessionNext): Promise<AnswerOutcome>;
  /** The member's latest answers, newest first. */
  recentAnswers(memberId: number, limit: number): Promise<MockAnswerSummary[]>;
  latestAnswer(memberId: number): Promise<LatestAnswer | null>;
  /** Main answers per topic, for averages, trends and the weakest topic. */
  practice(memberId: number): Promise<TopicPractice[]>;
  /** Scored answers between two local dates, inclusive, oldest first: the week's mock scores. */
  mockScoresBetween(memberId: number, from: LocalDate, to: LocalDate): Promise<MockScore[]>;
}
