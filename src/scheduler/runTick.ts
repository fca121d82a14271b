// One scheduler tick: take what is due, decide, claim exactly once, deliver; then retry expired claims.
import { currentStreak } from "../core/progress/memberProgress.js";
import { type Decision, decide } from "../core/schedule/decide.js";
import { GRACE_MS } from "../core/schedule/kinds.js";
import { nextGroupSummary, nextMemberSend, sendIdentity } from "../core/schedule/occurrences.js";
import type { DueSlot } from "../core/schedule/ports.js";
import { localDateOf } from "../core/time/dates.js";
import { deliver, type Outcome } from "./deliver.js";
import type { SchedulerDeps, TickReport } from "./types.js";

/** How long a claimer owns a send before another process may retry it. */
export const LEASE_MS = 2 * 60_000;
const BATCH = 500;
/** A long downtime leaves a chain of stale sends per member; each round records one link as skipped. */
const MAX_ROUNDS = 200;

interface Planned {
  key: string;
  kind: ReturnType<typeof sendIdentity>["kind"];
  next: Date | null;
  decision: Decision;
}

async function plan(deps: SchedulerDeps, due: DueSlot, now: Date): Promise<Planned | null> {
  if (due.slot === "summary") {
    const group = await deps.schedule.group(due.subjectId);
    if (group === null) return null;
    const { key, kind } = sendIdentity("summary", group.id, due.dueAt, group.timezone);
    const decision = decide({
      slot: "summary",
      dueAt: due.dueAt,
      now,
      zone: group.timezone,
      reachable: true,
    });
    return { key, kind, next: nextGroupSummary(group, due.dueAt), decision };
  }
  const member = await deps.schedule.member(due.subjectId);
  if (member === null) return null;
  const { key, kind } = sendIdentity(due.slot, member.id, due.dueAt, member.timezone);
  const evening: { checkedInToday?: boolean; streak?: number } = {};
  if (due.slot === "evening") {
    const day = localDateOf(due.dueAt, member.timezone);
    evening.checkedInToday = (await deps.store.minutesBetween(member.id, day, day)) > 0;
    evening.streak = await currentStreak(deps.store, member.id, day);
  }
  const decision = decide({
    slot: due.slot,
    dueAt: due.dueAt,
    now,
    zone: member.timezone,
    pausedUntil: member.pausedUntil,
    quiet: member.quiet,
    reachable: member.dm !== null && !member.dm.unreachable,
    ...evening,
  });
  return { key, kind, next: nextMemberSend(due.slot, member, due.dueAt), decision };
}

async function processSlot(deps: SchedulerDeps, due: DueSlot, now: Date): Promise<Outcome | "wait" | "lost"> {
  const planned = await plan(deps, due, now);
  if (planned === null) return "lost";
  const { decision } = planned;
  if (decision.action === "wait") return "wait";
  const claimed = await deps.schedule.claim({
    ...due,
    key: planned.key,
    kind: planned.kind,
    next: planned.next,
    state: decision.action === "skip" ? "skipped" : "claimed",
    detail: decision.action === "skip" ? decision.reason : null,
    leaseUntil: new Date(now.getTime() + LEASE_MS),
    instance: deps.instance,
    now,
  });
  if (!claimed) return "lost";
  if (decision.action === "skip") return "skipped";
  return deliver(deps, { ...due, key: planned.key, kind: planned.kind, attempts: 0 }, now);
}

export async function runTick(deps: SchedulerDeps, now: Date): Promise<TickReport> {
  const report: TickReport = { sent: 0, skipped: 0, failed: 0, retried: 0, waiting: 0 };
  const count = (outcome: Outcome | "wait" | "lost") => {
    if (outcome === "sent") report.sent += 1;
    else if (outcome === "skipped") report.skipped += 1;
    else if (outcome === "failed") report.failed += 1;
    else if (outcome === "retry") report.retried += 1;
    else if (outcome === "wait") report.waiting += 1;
  };

  const waiting = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const due = (await deps.schedule.dueSlots(now, BATCH)).filter(
      (d) => !waiting.has(`${d.slot}:${d.subjectId}`),
    );
    if (due.length === 0) break;
    for (const slot of due) {
      const outcome = await processSlot(deps, slot, now);
      if (outcome === "wait") waiting.add(`${slot.slot}:${slot.subjectId}`);
      count(outcome);
    }
  }

  for (const claim of await deps.schedule.expiredClaims(now, BATCH)) {
    if (!(await deps.schedule.retake(claim.key, now, new Date(now.getTime() + LEASE_MS), deps.instance)))
      continue;
    if (now.getTime() - claim.dueAt.getTime() > GRACE_MS[claim.slot]) {
      await deps.schedule.finish(claim.key, "skipped", "late", now);
      count("skipped");
      continue;
    }
    count(await deliver(deps, claim, now));
  }
  return report;
}
