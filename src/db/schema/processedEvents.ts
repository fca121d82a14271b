// Platform events that changed data, with the reply they got: a redelivered event is answered from here and
// changes nothing again. Kept PROCESSED_EVENT_DAYS (src/db/store.ts), longer than any platform redelivers.
import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const processedEvents = pgTable(
  "processed_events",
  {
    platform: text("platform").notNull(),
    eventId: text("event_id").notNull(),
    /** Whose command it was: the reply may quote their notes, so it goes with them on /forget. */
    memberId: integer("member_id").references(() => members.id, { onDelete: "cascade" }),
    replyText: text("reply_text").notNull(),
    /** "group" when the reply was for everyone in the chat; null for the member. */
    replyAudience: text("reply_audience"),
    processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.platform, t.eventId] }),
    index("processed_events_processed_at_idx").on(t.processedAt),
    index("processed_events_member_idx").on(t.memberId),
  ],
);
