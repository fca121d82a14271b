// Study groups: a Discord channel, a Telegram group, the console.
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { members } from "./members.js";

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
    /** The topic of a forum group the summary goes to (Telegram's message_thread_id); null: the chat. */
    summaryThreadId: text("summary_thread_id"),
    /** Monday = 0 … Sunday = 6. */
    summaryWeekday: integer("summary_weekday").notNull().default(6),
    summaryTime: text("summary_time").notNull().default("20:00"),
    /** The language of group posts, from the admin who ran /setup. */
    locale: text("locale"),
    /** Check-in confirmations everyone in the chat sees, where the platform could keep them private. */
    publicCheckins: boolean("public_checkins").notNull().default(false),
    /** The roadmap the group's members follow (/setup roadmap); null: the default. */
    roadmapKey: text("roadmap_key"),
    nextSummaryAt: timestamp("next_summary_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("groups_platform_chat_idx").on(t.platform, t.chatId),
    index("groups_next_summary_idx").on(t.nextSummaryAt),
  ],
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
    /** The member's name in this group (a Discord server nickname); null: their name anywhere. */
    displayName: text("display_name"),
    /** Kept off this group's board (/leaderboard-optout said here); the member's `all` flag covers every group. */
    offBoard: boolean("off_board").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.memberId] }), index("group_members_member_idx").on(t.memberId)],
);

/** Roadmaps an admin uploaded (/roadmap import), validated, for their group alone. */
export const groupRoadmaps = pgTable("group_roadmaps", {
  /** "g12:data-eng": a group's own id space, so two groups may bring roadmaps of the same id. */
  key: text("key").primaryKey(),
  groupId: integer("group_id")
    .notNull()
    .references(() => groups.id, { onDelete: "cascade" }),
  /** The roadmap as validated, in the shape the core reads. */
  definition: jsonb("definition").notNull(),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull(),
});
