// One scheduler tick: find what is due (set-based), decide, claim exactly once, hand the claims to the
// delivery pools; retake expired claims.
import { performance } from "node:perf_hooks";
import { GRACE_MS, SLOTS, type Slot } from "../core/nudges/kinds.js";
import { deliver, type Job, type Outcome } from "./deliver.js";
import { LEASE_MS } from "./lease.js";
import { activityOf, type Planned, planGroupSend, planMemberSend, planOneOffSend } from "./plan.js";
import { type DeliveryPools, deliveryPools, RECIPIENTS_AT_ONCE } from "./pools.js";
import type { SchedulerDeps, TickReport } from "./types.js";

const BATCH = 5000;
/** A long downtime leaves a chain of stale sends per member; each round records one link as skipped. */
const MAX_ROUNDS = 100;

/** Plans every due send of one slot: one query for the due rows, one for what the evening saver needs. */
async function planSlot(deps: SchedulerDeps, slot: Slot, now: Date): Promise<Planned[]> {
  if (slot === "summary") {
    const due = await deps.schedule.dueGroups(now, BATCH);
    return due.map(({ group, dueAt }) => planGroupSend(group, dueAt, now));
  }
  if (slot === "oneoff") {
    const due = await deps.schedule.dueOneOffs(now, BATCH);
    return due.map((d) => planOneOffSend(d, now));
  }
  const due = await deps.schedule.dueMembers(slot, now, BATCH);
  const activity = await activityOf(
    deps.schedule,
    slot,
    due.map((d) => d.member),
    now,
  );
  return due.map(({ member, dueAt }) => planMemberSend(slot, member, dueAt, now, activity(member.id)));
}

interface Claimed {
  jobs: Job[];
  skipped: number;
  waiting: number;
}

async function claimSlot(deps: SchedulerDeps, slot: Slot, now: Date): Promise<Claimed> {
  const result: Claimed = { jobs: [], skipped: 0, waiting: 0 };
  const meta = { leaseMs: LEASE_MS, instance: deps.instance, now };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const planned = await planSlot(deps, slot, now);
    const ready = planned.filter((p) => p.decision.action !== "wait");
    result.waiting += planned.length - ready.length;
    const claims = ready.map(({ claim, decision }) =>
      decision.action === "skip" ? { ...claim, state: "skipped" as const, detail: decision.reason } : claim,
    );
    const recorded = await deps.schedule.claimMany(slot, claims, meta);
    ready.forEach(({ recipient }, i) => {
      const claim = claims[i];
      if (claim === undefined || !recorded.has(claim.key)) return;
      if (claim.state === "skipped") result.skipped += 1;
      else {
        const { key, kind, subjectId, dueAt } = claim;
        result.jobs.push({ key, kind, slot, subjectId, dueAt, attempts: 0, ...recipient });
      }
    });
    // Another round only when this one moved pointers that may still be due (a chain after downtime).
    if (ready.length === 0 || claims.every((c) => c.next === null || c.next > now)) break;
  }
  return result;
}

/** Finds, decides and claims every due send: the part of a tick that scales with the number of members. */
export async function claimDue(deps: SchedulerDeps, now: Date): Promise<Claimed> {
  // Slots one after another: they lock the same member rows, and one process should not contend with itself.
  // Only those with something due: most minutes have nothing, and then a tick is this one read.
  const due = await deps.schedule.dueSlots(now);
  const slots: Claimed[] = [];
  for (const slot of SLOTS) if (due.has(slot)) slots.push(await claimSlot(deps, slot, now));
  return {
    jobs: slots.flatMap((s) => s.jobs),
    skipped: slots.reduce((n, s) => n + s.skipped, 0),
    waiting: slots.reduce((n, s) => n + s.waiting, 0),
  };
}

/** A tick whose claims are in the pools: `delivered` settles once every one of them has been delivered. */
export interface DispatchedTick {
  delivered: Promise<TickReport>;
  /** How many of its sends are still queued or in progress. */
  pending(): number;
}

/**
 * Claims what is due at `now` and what other instances left expired, and hands it to `pools`. Resolves as
 * soon as the claims are handed over: a platform that stops answering never holds up the next tick.
 */
export async function dispatchTick(
  deps: SchedulerDeps,
  now: Date,
  pools: DeliveryPools,
): Promise<DispatchedTick> {
  const [{ jobs, skipped, waiting }, retaken] = await Promise.all([
    claimDue(deps, now),
    deps.schedule.retakeExpired(deps.instance, LEASE_MS, now, BATCH),
  ]);
  const report: TickReport = { sent: 0, skipped, failed: 0, retried: 0, waiting, lost: 0 };
  const count = (outcome: Outcome) => {
    if (outcome === "sent") report.sent += 1;
    else if (outcome === "skipped") report.skipped += 1;
    else if (outcome === "failed") report.failed += 1;
    else if (outcome === "lost") report.lost += 1;
    else report.retried += 1;
  };

  const retry: Job[] = [];
  for (const claim of retaken) {
    // Still queued here behind its platform (whose lease lapsed meanwhile): retaking it only renewed that.
    if (pools.has(claim.key)) continue;
    if (now.getTime() - claim.dueAt.getTime() > GRACE_MS[claim.slot]) {
      if (await deps.schedule.finish(claim.key, deps.instance, "skipped", "late", now)) count("skipped");
      continue;
    }
    // Read now, so the send goes to its platform's pool.
    const recipient =
      claim.slot === "oneoff"
        ? { oneOff: await deps.schedule.oneOff(claim.subjectId) }
        : claim.kind === "group_summary"
          ? { group: await deps.schedule.group(claim.subjectId) }
          : { member: await deps.schedule.member(claim.subjectId) };
    retry.push({ ...claim, ...recipient });
  }
  let pending = jobs.length + retry.length;
  const outcomes = [...jobs, ...retry].map(async (job) => {
    try {
      count(await pools.submit(job));
    } finally {
      pending -= 1;
    }
  });
  return { delivered: Promise.all(outcomes).then(() => report), pending: () => pending };
}

/** Pools for one process, delivering with `now` as the time sends are recorded at. */
export function poolsFor(deps: SchedulerDeps, now: () => Date): DeliveryPools {
  return deliveryPools(deps.recipientsAtOnce ?? RECIPIENTS_AT_ONCE, (job) => deliver(deps, job, now));
}

/** A whole tick, deliveries included: what a test or a one-off run waits for. */
export async function runTick(deps: SchedulerDeps, now: Date): Promise<TickReport> {
  const started = performance.now();
  // Time passed in, moved on by what the tick has spent: sends are recorded at the moment they end.
  const current = () => new Date(now.getTime() + (performance.now() - started));
  const { delivered } = await dispatchTick(deps, now, poolsFor(deps, current));
  deps.metrics?.tick((performance.now() - started) / 1000);
  return delivered;
}
