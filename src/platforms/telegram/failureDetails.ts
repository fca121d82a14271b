// What of a failed Telegram call may be logged. grammY's errors carry the token (an HttpError's cause
// names the URL, /bot<token>/…), the request's payload (member text) and, in a BotError, the whole context.
import { BotError, GrammyError, HttpError } from "grammy";

export interface FailureDetails {
  /** Set for Telegram's answers and network failures: a refusal or an outage, not a bug of ours. */
  telegram: boolean;
  details: Record<string, unknown>;
}

/** grammY's own timeout message names only the method and the seconds. */
const TIMEOUT = /^Request to '\w+' timed out after \d+ seconds$/;

function networkCause(cause: unknown): string {
  if (typeof cause !== "object" || cause === null) return typeof cause;
  if ("code" in cause && typeof cause.code === "string") return cause.code;
  if (cause instanceof Error) return TIMEOUT.test(cause.message) ? cause.message : cause.name;
  return "unknown";
}

export function failureDetails(error: unknown): FailureDetails {
  const inner = error instanceof BotError ? error.error : error;
  if (inner instanceof GrammyError) {
    return {
      telegram: true,
      details: { method: inner.method, code: inner.error_code, description: inner.description },
    };
  }
  if (inner instanceof HttpError) {
    // The message is grammY's "Network request for '<method>' failed!", without the URL.
    return { telegram: true, details: { reason: inner.message, cause: networkCause(inner.error) } };
  }
  return { telegram: false, details: { err: inner } };
}
