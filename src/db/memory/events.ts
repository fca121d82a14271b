// The record of processed platform events: claimed before the work, given its reply after, pruned by age.
import type { PlatformEvent, RememberedReply } from "../../core/ports.js";
import { type Db, identityKey } from "./state.js";

/** As PROCESSED_EVENT_DAYS in src/db/store.ts: longer than any platform redelivers. */
export const PROCESSED_EVENT_DAYS = 3;
/** At most this many expired records go per command, so no command pays for a backlog. */
const PRUNE_BATCH = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The reply an event already got, or null after recording the event as taken (with no reply yet). */
export function claimEvent(db: Db, event: PlatformEvent): RememberedReply | null {
  const key = identityKey(event.platform, event.eventId);
  const seen = db.t.processedEvents.get(key);
  if (seen !== undefined) {
    return seen.replyAudience === "group"
      ? { text: seen.replyText, audience: "group" }
      : { text: seen.replyText };
  }
  db.t.processedEvents.set(key, {
    platform: event.platform,
    eventId: event.eventId,
    memberId: null,
    replyText: "",
    replyAudience: null,
    processedAt: db.now(),
  });
  return null;
}

export function rememberReply(db: Db, event: PlatformEvent, reply: RememberedReply, memberId: number): void {
  const key = identityKey(event.platform, event.eventId);
  const row = db.t.processedEvents.get(key);
  if (row === undefined) throw new Error("a processed event vanished while its work ran");
  db.t.processedEvents.set(key, {
    ...row,
    replyText: reply.text,
    replyAudience: reply.audience ?? null,
    // None once /forget removed the member: the record must not bring them back.
    memberId: db.t.members.has(memberId) ? memberId : null,
  });
}

/** Removes the oldest records past PROCESSED_EVENT_DAYS, a batch at a time. */
export function pruneEvents(db: Db): void {
  const cutoff = db.now().getTime() - PROCESSED_EVENT_DAYS * DAY_MS;
  const expired = [...db.t.processedEvents.entries()]
    .filter(([, row]) => row.processedAt.getTime() < cutoff)
    .sort(([, a], [, b]) => a.processedAt.getTime() - b.processedAt.getTime())
    .slice(0, PRUNE_BATCH);
  for (const [key] of expired) db.t.processedEvents.delete(key);
}
