// The send log: one row per scheduled send, keyed by (kind, recipient, local period), so each goes out once.
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const sends = pgTable(
  "sends",
  {
    /** e.g. "daily:m42:2026-12-03", "group_summary:g7:2026-W49". */
    key: text("key").primaryKey(),
    kind: text("kind").notNull(),
    slot: text("slot").notNull(),
    subjectId: integer("subject_id").notNull(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /** claimed | sent | failed | skipped */
    state: text("state").notNull(),
    /** While claimed: until when the claimer owns it; after that another instance may retry it. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    claimedBy: text("claimed_by"),
    attempts: integer("attempts").notNull().default(0),
    detail: text("detail"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    index("sends_claimed_lease_idx").on(t.state, t.leaseUntil),
    index("sends_subject_idx").on(t.slot, t.subjectId),
  ],
);
