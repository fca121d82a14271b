// The core's MockStore port over the in-memory tables.
import type { MockStore } from "../../core/mock/ports.js";
import * as mock from "./mock.js";
import type { Scope } from "./state.js";

export function createMemoryMock(scope: Scope, llmDailyBudget: number): MockStore {
  return {
    openSession: (memberId) => scope.run((db) => mock.openSession(db, memberId)),
    openSessionOf: (identity) => scope.run((db) => mock.openSessionOf(db, identity)),
    startSession: (session) => scope.run((db) => mock.startSession(db, session)),
    endSession: (sessionId, reason, at) => scope.run((db) => mock.endSession(db, sessionId, reason, at)),
    recentQuestionIds: (memberId, limit) => scope.run((db) => mock.recentQuestionIds(db, memberId, limit)),
    attemptsBefore: (memberId, at) => scope.run((db) => mock.attemptsBefore(db, memberId, at)),
    claimAttempt: (request) => scope.run((db) => mock.claimAttempt(db, request, llmDailyBudget)),
    releaseJudging: (sessionId) => scope.run((db) => mock.releaseJudging(db, sessionId)),
    hasAnswerFromEvent: (platform, eventId) =>
      scope.run((db) => mock.hasAnswerFromEvent(db, platform, eventId)),
    recordAnswer: (answer, next) => scope.run((db) => mock.recordAnswer(db, answer, next)),
    recentAnswers: (memberId, limit) => scope.run((db) => mock.recentAnswers(db, memberId, limit)),
    latestAnswer: (memberId) => scope.run((db) => mock.latestAnswer(db, memberId)),
    practice: (memberId) => scope.run((db) => mock.practice(db, memberId)),
    mockScoresBetween: (memberId, from, to) =>
      scope.run((db) => mock.mockScoresBetween(db, memberId, from, to)),
  };
}
