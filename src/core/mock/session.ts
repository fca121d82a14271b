// Session rules: how long a question waits for its answer, and the window answers are counted in.
import type { Platform } from "../ports.js";
import type { MockSession } from "./ports.js";

/** A question left unanswered this long is closed. */
export const SESSION_MINUTES = 30;

/**
 * Attempts (and LLM calls) are counted over the last 24 hours, not per local date: changing /timezone
 * moves a member's day, never their allowance.
 */
export const ATTEMPT_WINDOW_MS = 24 * 60 * 60_000;

/**
 * A judging mark older than this was left by a process that died mid-judgement: the answer may be taken
 * again. Longer than the slowest judge (a timeout and one retry at OPENAI_TIMEOUT_SECONDS' maximum).
 */
export const JUDGING_LEASE_MS = 25 * 60_000;

/** LLM calls in any 24 hours, across all members, unless LLM_DAILY_BUDGET says otherwise. */
export const DEFAULT_LLM_DAILY_BUDGET = 500;

/** Questions looked back on when avoiding repeats. */
export const RECENT_QUESTIONS = 20;

export function isExpired(session: MockSession, now: Date): boolean {
  return now.getTime() - session.askedAt.getTime() > SESSION_MINUTES * 60_000;
}

/** Whole minutes left to answer (at least 1 while open). */
export function minutesLeft(session: MockSession, now: Date): number {
  const left = session.askedAt.getTime() + SESSION_MINUTES * 60_000 - now.getTime();
  return Math.max(1, Math.ceil(left / 60_000));
}

/** Whether a message from this chat can answer the session: only the chat it started in is listened to. */
export function isFromChat(session: MockSession, platform: Platform, chatId: string): boolean {
  return session.platform === platform && session.chatId === chatId;
}
