// Roadmap tasks and portfolio deliverables a member ticked (/done), with the evidence link they gave.
import { integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
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
  },
  (t) => [primaryKey({ columns: [t.memberId, t.roadmapId, t.taskId] })],
);
