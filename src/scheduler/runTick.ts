// One scheduler tick: find what is due (set-based), decide, claim exactly once, deliver; retry expired claims.
import { performance } from "node:perf_hooks";
import { streakOn } from "../core/progress/streak.js";
import { type Decision, decide } from "../core/schedule/decide.js";
import { GRACE_MS, SLOTS, type Slot } from "../core/schedule/kinds.js";
import { nextGroupSummary, nextMemberSend, sendIdentity } from "../core/schedule/occurrences.js";
import type { Claim, Group, MemberRecipient } from "../core/schedule/ports.js";
import { addDays, localDateOf } from "../core/time/dates.js";
import { deliver, type Job, LEASE_MS, type Outcome } from "./deliver.js";
import { byRecipientInTurns, RECIPIENTS_AT_ONCE } from "./inTurns.js";
import type { SchedulerDeps, TickReport } from "./types.js";

const BATCH = 5000;
/** A long downtime leaves a chain of stale sends per member; each round records one link as skipped. */
const MAX_ROUNDS = 100;

interface Planned {
  claim: Claim;
  decision: Decision;
  /** The recipient as planning read it, handed to delivery so it is not read again per send. */
  recipient: { member: MemberRecipient } | { group: Group };
}

/** Plans every due send of one slot: one query for the due rows, one for what the evening saver needs. */
async function planSlot(deps: SchedulerDeps, slot: Slot, now: Date): Promise<Planned[]> {
  if (slot === "summary") {
    return (await deps.schedule.dueGroups(now, BATCH)).map(({ group, dueAt }) => {
      const { key, kind } = sendIdentity(slot, group.id, dueAt, group.timezone);
      const decision = decide({ slot, dueAt, now, zone: group.timezone, reachable: true });
      const next = nextGroupSummary(group, dueAt);
      return {
        decision,
        claim: { subjectId: group.id, dueAt, key, kind, next, state: "claimed", detail: null },
        recipient: { group },
      };
    });
  }
  const due = await deps.schedule.dueMembers(slot, now, BATCH);
  const recent =
    slot === "evening" && due.length > 0
      ? await deps.schedule.recentActiveDays(
          due.map((d) => d.member.id),
          addDays(localDateOf(now, "UTC"), -4),
        )
      : new Map<number, Set<string>>();
  return due.map(({ member, dueAt }) => {
    const { key, kind } = sendIdentity(slot, member.id, dueAt, member.timezone);
    const day = localDateOf(dueAt, member.timezone);
    const active = recent.get(member.id) ?? new Set<string>();
    const decision = decide({
      slot,
      dueAt,
      now,
      zone: member.timezone,
      pausedUntil: member.pausedUntil,
      quiet: member.quiet,
      reachable: member.dm !== null && !member.dm.unreachable,
      checkedInToday: active.has(day),
      // Only "2 or more" matters here; the text counts the whole streak when it is composed.
      streak: streakOn(day, active),
    });
    const next = nextMemberSend(slot, member, dueAt);
    return {
      decision,
      claim: { subjectId: member.id, dueAt, key, kind, next, state: "claimed", detail: null },
      recipient: { member },
    };
  });
}

interface Claimed {
  jobs: Job[];
  skipped: number;
  waiting: number;
}

async function claimSlot(deps: SchedulerDeps, slot: Slot, now: Date): Promise<Claimed> {
  const result: Claimed = { jobs: [], skipped: 0, waiting: 0 };
  const meta = { leaseUntil: new Date(now.getTime() + LEASE_MS), instance: deps.instance, now };
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

export async function runTick(deps: SchedulerDeps, now: Date): Promise<TickReport> {
  const started = performance.now();
  const report = await tick(deps, now);
  deps.metrics?.tick((performance.now() - started) / 1000);
  return report;
}

async function tick(deps: SchedulerDeps, now: Date): Promise<TickReport> {
  const started = performance.now();
  // Time passed in, moved on by what the tick has spent: a long batch renews leases from the real moment.
  const current = () => new Date(now.getTime() + (performance.now() - started));
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const [{ jobs, skipped, waiting }, retaken] = await Promise.all([
    claimDue(deps, now),
    deps.schedule.retakeExpired(now, leaseUntil, deps.instance, BATCH),
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
    if (now.getTime() - claim.dueAt.getTime() > GRACE_MS[claim.slot]) {
      await deps.schedule.finish(claim.key, "skipped", "late", now);
      count("skipped");
    } else retry.push(claim);
  }
  await byRecipientInTurns([...jobs, ...retry], deps.recipientsAtOnce ?? RECIPIENTS_AT_ONCE, async (job) => {
    count(await deliver(deps, job, current()));
  });
  return report;
}
