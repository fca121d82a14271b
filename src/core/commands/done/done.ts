// /done <n|id> [link]: ticks a task of the member's week (or another week's, or a portfolio deliverable).

import type { TickCheck } from "../../ports.js";
import { milestoneId } from "../../progress/milestones.js";
import { err, ok } from "../../result.js";
import { githubRepoOf } from "../../tasks/evidence.js";
import { nextTask, weekTasksDone } from "../../tasks/nextTask.js";
import { parseTaskRef, type TaskRef } from "../../tasks/taskIds.js";
import type { CoreDeps } from "../context.js";
import { defineCommand, type EvidenceRead } from "../spec.js";
import { type DoneRequest, parseDoneArgs } from "./parseDone.js";
import { currentWeekNumber, resolveTask, shownTask } from "./resolveTask.js";
import { type DoneReplies, names, replies, texts, type Verification } from "./texts.js";

export const done = defineCommand<DoneRequest, DoneReplies>({
  ...names,
  options: [
    { name: "task", kind: "text", maxLength: 20 },
    { name: "link", kind: "text", maxLength: 300 },
  ],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const parsed = parseDoneArgs(args);
    return parsed.ok ? ok(parsed.value) : err({ own: "badLink", params: { input: parsed.error.input } });
  },
  // A deliverable's GitHub link is looked up before the command's transaction opens: the database is never
  // held while GitHub answers (or does not, within the client's deadline).
  async prefetch(args, { deps, roadmap }) {
    const parsed = parseDoneArgs(args);
    if (!parsed.ok || parsed.value.link === null || deps.evidenceCheck === undefined) return {};
    const repo = githubRepoOf(parsed.value.link);
    if (repo === null) return {};
    const plan = await roadmap();
    const deliverable = parseTaskRef(parsed.value.ref, plan, null);
    if (!deliverable.ok || deliverable.value.kind !== "deliverable") return {};
    const kind = plan.project.deliverables[deliverable.value.index]?.check ?? "repo";
    return { evidence: { repo, kind, verdict: await deps.evidenceCheck.check(repo, kind) } };
  },
  async run({ deps, member, now, today, prefetched, replies: say }, { ref, link }) {
    const { roadmap } = deps;
    const week = currentWeekNumber(roadmap, member.roadmapStart, today);
    const resolved = resolveTask(ref, roadmap, week, say);
    if (!resolved.ok) return { text: resolved.text };
    const { task } = resolved;
    const verification = link === null ? null : verificationOf(deps, task, link, prefetched.evidence);
    const check: TickCheck | null =
      verification === null || verification.outcome === "unreachable"
        ? null
        : { verified: verification.outcome === "verified", at: now };
    await deps.store.tickTask(member.id, roadmap.id, task.id, link, now, check);
    // A deliverable GitHub vouched for is celebrated in the member's groups, once each.
    if (task.kind === "deliverable" && check?.verified === true) {
      await deps.schedule.queueMilestone(member.id, milestoneId({ kind: "deliverable", id: task.id }), now);
    }
    const ticks = await deps.store.taskTicks(member.id, roadmap.id);
    const doneIds = new Set(ticks.keys());
    const shownWeek = task.kind === "task" ? task.week : week;
    const next = week === null ? null : nextTask(roadmap, week, doneIds);
    return {
      text: say.ticked({
        task: shownTask(task),
        link: ticks.get(task.id)?.evidence ?? null,
        weekDone:
          shownWeek === null
            ? null
            : { week: shownWeek, current: shownWeek === week, ...weekTasksDone(roadmap, shownWeek, doneIds) },
        next: next === null ? null : { week: next.week, number: next.number, text: next.text },
        verification,
      }),
    };
  },
});

/**
 * What a deliverable's GitHub link showed, as looked up before the transaction; null for a task, another
 * site's link, no checker, or a lookup for something else (the roadmap changed in between).
 */
function verificationOf(
  deps: CoreDeps,
  task: TaskRef,
  link: string,
  evidence: EvidenceRead | undefined,
): Verification | null {
  const repo = githubRepoOf(link);
  if (task.kind !== "deliverable" || repo === null || evidence === undefined) return null;
  const kind = deps.roadmap.project.deliverables[task.index]?.check ?? "repo";
  const same = evidence.repo.owner === repo.owner && evidence.repo.repo === repo.repo;
  if (!same || evidence.kind !== kind) return null;
  const { verdict } = evidence;
  const shown = `github.com/${repo.owner}/${repo.repo}`;
  if (verdict.kind === "notFound") return { outcome: "notFound", kind: verdict.missing, repo: shown };
  return { outcome: verdict.kind, kind, repo: shown };
}
