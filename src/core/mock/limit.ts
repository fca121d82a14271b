// The reply once a member's answers in the last 24 hours reach the limit.
import type { Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import type { Messages } from "../messages/index.js";

/** The limit, and how long until the oldest attempt in the window frees a place. */
export function limitReply(t: Messages, limit: number, nextAt: Date, now: Date): Reply {
  const minutesLeft = Math.max(1, Math.ceil((nextAt.getTime() - now.getTime()) / 60_000));
  return say(t, "mock.limitReached", { limit, minutesLeft });
}
