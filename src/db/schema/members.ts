// Members, and the platform accounts that identify them.
import { date, index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";

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
