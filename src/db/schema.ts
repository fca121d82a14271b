// Drizzle schema: members and their platform identities, groups, check-ins.
import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

export const members = pgTable("members", {
  id: serial("id").primaryKey(),
  displayName: text("display_name").notNull(),
  timezone: text("timezone").notNull(),
  locale: text("locale"),
  roadmapStart: date("roadmap_start", { mode: "string" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One row per platform account; several may point at one member once accounts are linked. */
export const identities = pgTable(
  "identities",
  {
    platform: text("platform").notNull(),
    platformUserId: text("platform_user_id").notNull(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.platform, t.platformUserId] }),
    index("identities_member_idx").on(t.memberId),
  ],
);

export const groups = pgTable(
  "groups",
  {
    id: serial("id").primaryKey(),
    platform: text("platform").notNull(),
    chatId: text("chat_id").notNull(),
    title: text("title").notNull(),
    timezone: text("timezone").notNull(),
    /** Where the weekly summary goes; null until an admin runs /setup. */
    summaryChannelId: text("summary_channel_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("groups_platform_chat_idx").on(t.platform, t.chatId)],
);

export const groupMembers = pgTable(
  "group_members",
  {
    groupId: integer("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index("group_members_member_idx").on(t.memberId)],
);

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
