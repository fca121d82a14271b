// Squads: 2 to 5 members of a group who keep a streak together (/squad); a member is in one per group.
import { sql } from "drizzle-orm";
import {
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { groupMembers, groups } from "./groups.js";

export const squads = pgTable(
  "squads",
  {
    id: serial("id").primaryKey(),
    groupId: integer("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    /** As its creator wrote it; unique in the group whatever the case. */
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("squads_group_name_idx").on(t.groupId, sql`lower(${t.name})`)],
);

export const squadMembers = pgTable(
  "squad_members",
  {
    squadId: integer("squad_id")
      .notNull()
      .references(() => squads.id, { onDelete: "cascade" }),
    /** The squad's group, again: the key that keeps a member in one squad per group. */
    groupId: integer("group_id").notNull(),
    memberId: integer("member_id").notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.memberId] }),
    // Only members of the group: leaving it (or /forget) takes them out of its squad too; a membership
    // moved to another member (/link, /unlink) takes its squad place along.
    foreignKey({
      columns: [t.groupId, t.memberId],
      foreignColumns: [groupMembers.groupId, groupMembers.memberId],
    })
      .onDelete("cascade")
      .onUpdate("cascade"),
    index("squad_members_squad_idx").on(t.squadId),
    index("squad_members_member_idx").on(t.memberId),
  ],
);
