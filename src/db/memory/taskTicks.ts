// Ticks of roadmap tasks and portfolio deliverables, as the task_ticks table keeps them.
import type { Store } from "../../core/ports.js";
import { requireMember } from "./members.js";
import type { Db, Scope } from "./state.js";

const keyOf = (memberId: number, roadmapId: string, taskId: string) =>
  `${memberId}\u0000${roadmapId}\u0000${taskId}`;

export function memoryTaskTicks(
  scope: Scope,
): Pick<Store, "taskTicks" | "tickedTaskIds" | "tickTask" | "untickTask"> {
  return {
    taskTicks: (memberId, roadmapId) =>
      scope.run((db: Db) => {
        const rows = [...db.t.taskTicks.values()].filter(
          (r) => r.memberId === memberId && r.roadmapId === roadmapId,
        );
        return new Map(
          rows.map((r) => [
            r.taskId,
            {
              evidence: r.evidence,
              tickedAt: new Date(r.tickedAt),
              verified: r.verified,
              checkedAt: r.checkedAt === null ? null : new Date(r.checkedAt),
            },
          ]),
        );
      }),
    tickedTaskIds: (memberIds, roadmapId) =>
      scope.run((db: Db) => {
        const wanted = new Set(memberIds);
        const byMember = new Map<number, Set<string>>();
        for (const r of db.t.taskTicks.values()) {
          if (!wanted.has(r.memberId) || r.roadmapId !== roadmapId) continue;
          byMember.set(r.memberId, (byMember.get(r.memberId) ?? new Set<string>()).add(r.taskId));
        }
        return byMember;
      }),
    tickTask: (memberId, roadmapId, taskId, evidence, at, check = null) =>
      scope.run((db: Db) => {
        requireMember(db, memberId);
        const key = keyOf(memberId, roadmapId, taskId);
        const seen = db.t.taskTicks.get(key);
        if (seen !== undefined && evidence === null) return;
        db.t.taskTicks.set(key, {
          memberId,
          roadmapId,
          taskId,
          evidence,
          tickedAt: new Date(at),
          verified: check?.verified ?? null,
          checkedAt: check === null ? null : new Date(check.at),
        });
      }),
    untickTask: (memberId, roadmapId, taskId) =>
      scope.run((db: Db) => db.t.taskTicks.delete(keyOf(memberId, roadmapId, taskId))),
  };
}
