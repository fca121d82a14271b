// When a message counts as said: the platform's stamp of when the member sent it, within reason.

/**
 * How far back a platform's stamp is believed. Within it, a message that waited (a busy group's backlog,
 * a restart, a short outage) counts for the day, week and 24-hour windows the member wrote it in, and a
 * setting applies as of then. Older — a first delivery after a long outage: Telegram keeps an update for
 * 24 h — the member reads the reply now, where "logged for today" must mean today; and a setting applied
 * hours in the past would schedule sends already too stale to go out (GRACE_MS: 3 h for a nudge).
 */
export const MAX_SEND_DELAY_MS = 3 * 60 * 60 * 1000;

/**
 * The moment a message counts from: when it was sent, if the stamp lies within MAX_SEND_DELAY_MS before
 * `receivedAt`; else `receivedAt`. Never later than `receivedAt`: a stamp ahead of our clock is skew, and
 * what the core stores must not come from the future.
 */
export function countedAt(sentAt: Date | undefined, receivedAt: Date): Date {
  if (sentAt === undefined) return receivedAt;
  const delay = receivedAt.getTime() - sentAt.getTime();
  return delay > 0 && delay <= MAX_SEND_DELAY_MS ? sentAt : receivedAt;
}
