// The one-off outbox: sends the scheduler delivers once (a buddy's nudge, a milestone), each under a key
// that also keeps it from being queued twice.
import { index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { groups } from "./groups.js";
import { members } from "./members.js";

export const oneOffSends = pgTable(
  "one_off_sends",
  {
    id: serial("id").primaryKey(),
    /** e.g. "buddy_nudge:m3>m5:2026-12-06", "milestone:g2:m5:streak7": the send log's key too. */
    key: text("key").notNull().unique(),
    /** buddy_nudge | milestone */
    kind: text("kind").notNull(),
    /** Whom it is about: the nudged member (who receives it), the member celebrated. */
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** The group it happens in: where a milestone is posted, where a nudge was asked for. */
    groupId: integer("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    /** Who nudged; null for a milestone. */
    fromMemberId: integer("from_member_id").references(() => members.id, { onDelete: "cascade" }),
    /** The nudger's name as the group knows it, or the milestone ("streak:7", "hours:50", "deliverable:p1"). */
    detail: text("detail").notNull(),
    /** The pointer the tick reads: when it is due; null once claimed. */
    dueAt: timestamp("due_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("one_off_sends_due_idx").on(t.dueAt), index("one_off_sends_member_idx").on(t.memberId)],
);

/** A Discord role a group's members get with a milestone (/setup), e.g. "streak:30" → a role id. */
export const milestoneRoles = pgTable(
  "milestone_roles",
  {
    groupId: integer("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    milestone: text("milestone").notNull(),
    roleId: text("role_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.milestone] })],
);
