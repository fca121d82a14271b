// Roadmap tasks and portfolio deliverables a member ticked (/done), with the evidence link they gave.
import { boolean, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { members } from "./members.js";

export const taskTicks = pgTable(
  "task_ticks",
  {
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** Ticks belong to a roadmap: a member who follows another one keeps these. */
    roadmapId: text("roadmap_id").notNull(),
    /** "w2.t1" for a week's task, "p1" for a portfolio deliverable. */
    taskId: text("task_id").notNull(),
    evidence: text("evidence"),
    tickedAt: timestamp("ticked_at", { withTimezone: true }).notNull(),
    /** Whether the evidence link showed the deliverable on GitHub; null: not checked (or GitHub was down). */
    verified: boolean("verified"),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.roadmapId, t.taskId] })],
);
