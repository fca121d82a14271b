// Study-hour check-ins.
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const checkins = pgTable(
  "checkins",
  {
    id: serial("id").primaryKey(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    minutes: integer("minutes").notNull(),
    /** The member's local day the time counts for. */
    localDate: date("local_date", { mode: "string" }).notNull(),
    note: text("note"),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    platform: text("platform").notNull(),
    eventId: text("event_id").notNull(),
  },
  (t) => [
    uniqueIndex("checkins_event_idx").on(t.platform, t.eventId),
    index("checkins_member_date_idx").on(t.memberId, t.localDate),
    index("checkins_member_recorded_idx").on(t.memberId, t.recordedAt),
    check("checkins_minutes_range", sql`${t.minutes} > 0 AND ${t.minutes} <= 720`),
  ],
);
