// Each member's minutes per local day, kept by a trigger on checkins (migration 0006): recording a
// check-in reads its day, week and streak from a handful of these rows, however long the history.
import { date, integer, pgTable, primaryKey } from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const checkinDays = pgTable(
  "checkin_days",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    localDate: date("local_date", { mode: "string" }).notNull(),
    minutes: integer("minutes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.localDate] })],
);
