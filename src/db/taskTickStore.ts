// The Store's ticks of roadmap tasks and portfolio deliverables (/done, /undone).
import { and, eq, inArray } from "drizzle-orm";
import type { Store } from "../core/ports.js";
import type { Database } from "./client.js";
import { taskTicks } from "./schema/index.js";

export function taskTickStore(
  db: Database,
): Pick<Store, "taskTicks" | "tickedTaskIds" | "tickTask" | "untickTask"> {
  const one = (memberId: number, roadmapId: string, taskId: string) =>
    and(eq(taskTicks.memberId, memberId), eq(taskTicks.roadmapId, roadmapId), eq(taskTicks.taskId, taskId));
  return {
    async taskTicks(memberId, roadmapId) {
      const rows = await db
        .select()
        .from(taskTicks)
        .where(and(eq(taskTicks.memberId, memberId), eq(taskTicks.roadmapId, roadmapId)));
      return new Map(
        rows.map((r) => [
          r.taskId,
          { evidence: r.evidence, tickedAt: r.tickedAt, verified: r.verified, checkedAt: r.checkedAt },
        ]),
      );
    },
    async tickedTaskIds(memberIds, roadmapId) {
      const byMember = new Map<number, Set<string>>();
      if (memberIds.length === 0) return byMember;
      const rows = await db
        .select({ memberId: taskTicks.memberId, taskId: taskTicks.taskId })
        .from(taskTicks)
        .where(and(inArray(taskTicks.memberId, [...memberIds]), eq(taskTicks.roadmapId, roadmapId)));
      for (const { memberId, taskId } of rows) {
        const ids = byMember.get(memberId) ?? new Set<string>();
        byMember.set(memberId, ids.add(taskId));
      }
      return byMember;
    },
    async tickTask(memberId, roadmapId, taskId, evidence, at, check = null) {
      const verification = { verified: check?.verified ?? null, checkedAt: check?.at ?? null };
      const insert = db
        .insert(taskTicks)
        .values({ memberId, roadmapId, taskId, evidence, tickedAt: at, ...verification });
      // Ticked again with a link: the link is the news; without one, the first tick stands.
      await (evidence === null
        ? insert.onConflictDoNothing()
        : insert.onConflictDoUpdate({
            target: [taskTicks.memberId, taskTicks.roadmapId, taskTicks.taskId],
            set: { evidence, tickedAt: at, ...verification },
          }));
    },
    async untickTask(memberId, roadmapId, taskId) {
      const gone = await db
        .delete(taskTicks)
        .where(one(memberId, roadmapId, taskId))
        .returning({ taskId: taskTicks.taskId });
      return gone.length > 0;
    },
  };
}
