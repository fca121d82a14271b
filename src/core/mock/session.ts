// Session rules: how long a question waits for its answer, and how many answers a day are judged.
import type { Platform } from "../ports.js";
import type { MockSession } from "./ports.js";

/** A question left unanswered this long is closed. */
export const SESSION_MINUTES = 30;

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
