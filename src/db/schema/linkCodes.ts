// One-time codes that link a second platform account to a member (/link), kept after use so the same code
// sent again answers "already linked".
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const linkCodes = pgTable(
  "link_codes",
  {
    code: text("code").primaryKey(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** Where the code was given: it links an account of another platform only. */
    platform: text("platform").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [index("link_codes_member_idx").on(t.memberId)],
);
