// Builds one claimed send and hands it to its platform; records what happened.
import type { OutgoingMessage, SendResult } from "../core/delivery.js";
import { composeForMember, composeGroupSummary } from "../core/schedule/compose.js";
import type { SendKind, Slot } from "../core/schedule/kinds.js";
import type { Group, MemberRecipient } from "../core/schedule/ports.js";
import type { SchedulerDeps } from "./types.js";

/** How long a claimer owns a send before another process may retry it. */
export const LEASE_MS = 2 * 60_000;

/** Transient failures are retried after these delays; then the send is recorded as failed. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 480_000];

export interface Job {
  key: string;
  kind: SendKind;
  slot: Slot;
  subjectId: number;
  dueAt: Date;
  attempts: number;
  /** The recipient as the tick that claimed the send read it; a retaken send reads it again. */
  member?: MemberRecipient;
  group?: Group;
}

/** "lost": another instance owns the send now (this one's lease ran out first); it is theirs to deliver. */
export type Outcome = "sent" | "failed" | "retry" | "skipped" | "lost";

async function attempt(deps: SchedulerDeps, job: Job, now: Date): Promise<SendResult | "gone"> {
  if (job.kind === "group_summary") {
    const group = job.group ?? (await deps.schedule.group(job.subjectId));
    if (group === null || group.summaryChannelId === null) return "gone";
    const sender = deps.senders.get(group.platform);
    if (sender === undefined)
      return { ok: false, error: "transient", detail: `no ${group.platform} connection` };
    const composed = await composeGroupSummary(deps, group, job.dueAt);
    const message: OutgoingMessage = { text: composed.text };
    if (composed.chart) message.image = deps.renderChart(composed.chart);
    return sender.sendToChannel(group.summaryChannelId, message);
  }
  const member = job.member ?? (await deps.schedule.member(job.subjectId));
  if (member === null || member.dm === null) return "gone";
  const sender = deps.senders.get(member.dm.platform);
  if (sender === undefined)
    return { ok: false, error: "transient", detail: `no ${member.dm.platform} connection` };
  const composed = await composeForMember(deps, job.kind, member, job.dueAt);
  const result = await sender.sendToMember(member.dm.platformUserId, { text: composed.text });
  if (!result.ok && result.error === "unreachable") {
    await deps.schedule.markUnreachable(member.dm.platform, member.dm.platformUserId, now);
    // Read when the tick planned: another of the member's accounts may still reach them.
    if (job.member !== undefined) {
      const fresh = await deps.schedule.member(job.subjectId);
      if (fresh?.dm && !fresh.dm.unreachable) return attempt(deps, { ...job, member: fresh }, now);
    }
  }
  return result;
}

export async function deliver(deps: SchedulerDeps, job: Job, now: Date): Promise<Outcome> {
  const outcome = await attemptAndRecord(deps, job, now);
  deps.metrics?.scheduledSend(job.kind, outcome);
  return outcome;
}

async function attemptAndRecord(deps: SchedulerDeps, job: Job, now: Date): Promise<Outcome> {
  if (!(await deps.schedule.holdClaim(job.key, deps.instance, new Date(now.getTime() + LEASE_MS)))) {
    return "lost";
  }
  let result: SendResult | "gone";
  try {
    result = await attempt(deps, job, now);
  } catch (error) {
    deps.log.error({ err: error, key: job.key }, "scheduled send failed");
    result = {
      ok: false,
      error: "transient",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  if (result === "gone") {
    await deps.schedule.finish(job.key, "skipped", "noRecipient", now);
    return "skipped";
  }
  if (result.ok) {
    await deps.schedule.finish(job.key, "sent", null, now);
    return "sent";
  }
  const delay = RETRY_DELAYS_MS[job.attempts];
  if (result.error === "unreachable" || delay === undefined) {
    await deps.schedule.finish(job.key, "failed", `${result.error}: ${result.detail}`.slice(0, 500), now);
    return "failed";
  }
  await deps.schedule.retryAt(job.key, new Date(now.getTime() + delay), result.detail.slice(0, 500), now);
  return "retry";
}
