// Makes one claimed send: keeps its claim while it runs, gives each platform call a deadline, records the end.
import type { SendResult } from "../core/delivery.js";
import type { SendKind, Slot } from "../core/nudges/kinds.js";
import { asksForStudy } from "../core/nudges/kinds.js";
import type { OneOffWithRecipients } from "../core/nudges/oneOffPorts.js";
import type { Group, MemberRecipient } from "../core/nudges/ports.js";
import type { Platform } from "../core/ports.js";
import { keepClaim } from "./lease.js";
import { attemptOneOff, oneOffPlatform } from "./oneOff.js";
import { composeSend } from "./plan.js";
import { realTimers } from "./timers.js";
import type { SchedulerDeps } from "./types.js";

/** Transient failures are retried after these delays; then the send is recorded as failed. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 480_000];

/**
 * A platform call that has not answered by then is abandoned and counts as a transient failure. Shorter than
 * the lease less its margin (LEASE_MS - LEASE_MARGIN_MS in lease.ts): a call never outlives the claim it was
 * made under.
 */
export const SEND_DEADLINE_MS = 45_000;

export interface Job {
  key: string;
  kind: SendKind;
  slot: Slot;
  subjectId: number;
  dueAt: Date;
  attempts: number;
  /** The recipient as the tick that claimed the send read it; a retaken send reads it again. */
  member?: MemberRecipient | null;
  group?: Group | null;
  oneOff?: OneOffWithRecipients | null;
}

/** "lost": another instance owns the send now (this one's lease ran out first); it is theirs to deliver. */
export type Outcome = "sent" | "failed" | "retry" | "skipped" | "lost";

/** The platform a job goes out on, which picks its delivery pool; null when its recipient is gone. */
export function platformOf(job: Job): Platform | null {
  if (job.oneOff != null) return oneOffPlatform(job.oneOff);
  return job.member?.dm?.platform ?? job.group?.platform ?? null;
}

/** Runs one platform call under a deadline, and abandons it at once when the claim is given up. */
async function withDeadline(
  deps: SchedulerDeps,
  claim: AbortSignal,
  call: (signal: AbortSignal) => Promise<SendResult>,
): Promise<SendResult> {
  const controller = new AbortController();
  let reason = "";
  const abandon = (why: string) => {
    if (controller.signal.aborted) return;
    reason = why;
    controller.abort();
  };
  // Resolves first when the call is abandoned, whether or not the platform client honours the signal.
  const abandoned = new Promise<SendResult>((resolve) => {
    controller.signal.addEventListener(
      "abort",
      () => resolve({ ok: false, error: "transient", detail: `abandoned: ${reason}` }),
      { once: true },
    );
  });
  const onClaimLost = () => abandon("the claim was given up");
  claim.addEventListener("abort", onClaimLost);
  const cancel = (deps.timers ?? realTimers).after(SEND_DEADLINE_MS, () =>
    abandon(`no answer within ${SEND_DEADLINE_MS / 1000} s`),
  );
  try {
    if (claim.aborted) onClaimLost();
    if (controller.signal.aborted) return await abandoned;
    return await Promise.race([call(controller.signal), abandoned]);
  } finally {
    cancel();
    claim.removeEventListener("abort", onClaimLost);
  }
}

const transient = (detail: string): SendResult => ({ ok: false, error: "transient", detail });

async function attempt(
  deps: SchedulerDeps,
  job: Job,
  claim: AbortSignal,
  now: () => Date,
): Promise<SendResult | "gone"> {
  if (job.slot === "oneoff") {
    const oneOff = job.oneOff ?? (await deps.schedule.oneOff(job.subjectId));
    return oneOff === null
      ? "gone"
      : attemptOneOff(deps, oneOff, (call) => withDeadline(deps, claim, call), now);
  }
  if (job.kind === "group_summary") {
    const group = job.group ?? (await deps.schedule.group(job.subjectId));
    if (group === null || group.summaryChannelId === null) return "gone";
    const sender = deps.senders.get(group.platform);
    if (sender === undefined) return transient(`no ${group.platform} connection`);
    const composed = await composeSend(deps, job.kind, { group }, job.dueAt);
    const channel = group.summaryChannelId;
    const thread = group.summaryThreadId ?? undefined;
    const message = {
      text: composed.text,
      ...(composed.card ? { card: composed.card } : {}),
      ...(composed.chart ? { image: deps.renderChart(composed.chart) } : {}),
      ...(thread === undefined ? {} : { thread }),
    };
    return withDeadline(deps, claim, (signal) => sender.sendToChannel(channel, message, signal));
  }
  const member = job.member ?? (await deps.schedule.member(job.subjectId));
  if (member === null || member.dm === null) return "gone";
  const { dm } = member;
  const sender = deps.senders.get(dm.platform);
  if (sender === undefined) return transient(`no ${dm.platform} connection`);
  const composed = await composeSend(deps, job.kind, { member }, job.dueAt);
  const locale = member.locale ?? member.seenLocale ?? deps.defaultLocale;
  const message = asksForStudy(job.kind)
    ? { text: composed.text, logStudy: { locale } }
    : { text: composed.text };
  const result = await withDeadline(deps, claim, (signal) =>
    sender.sendToMember(dm.platformUserId, message, signal),
  );
  if (result.ok) await deps.schedule.markReached(dm.platform, dm.platformUserId, now());
  if (!result.ok && result.error === "unreachable") {
    await deps.schedule.markUnreachable(dm.platform, dm.platformUserId, now());
    // Read when the tick planned: another of the member's accounts may still reach them.
    if (job.member !== undefined && !claim.aborted) {
      const fresh = await deps.schedule.member(job.subjectId);
      if (fresh?.dm && !fresh.dm.unreachable) return attempt(deps, { ...job, member: fresh }, claim, now);
    }
  }
  return result;
}

export async function deliver(deps: SchedulerDeps, job: Job, now: () => Date): Promise<Outcome> {
  const outcome = await attemptAndRecord(deps, job, now);
  deps.metrics?.scheduledSend(job.kind, outcome);
  return outcome;
}

async function attemptAndRecord(deps: SchedulerDeps, job: Job, now: () => Date): Promise<Outcome> {
  const claim = await keepClaim(deps, job.key);
  if (claim === null) return "lost";
  let result: SendResult | "gone";
  try {
    result = await attempt(deps, job, claim.signal, now);
  } catch (error) {
    deps.log.error({ err: error, key: job.key }, "scheduled send failed");
    result = transient(error instanceof Error ? error.message : String(error));
  } finally {
    claim.release();
  }
  // Taken over while this instance ran it, which abandoned it then: the send is the other instance's now.
  if (claim.taken()) return "lost";
  return record(deps, job, result, now());
}

async function record(deps: SchedulerDeps, job: Job, result: SendResult | "gone", now: Date) {
  const { schedule, instance } = deps;
  // Each write lands only while the claim is still this instance's; otherwise the send is another's now.
  const own = (written: boolean, outcome: Outcome): Outcome => (written ? outcome : "lost");
  if (result === "gone") {
    return own(await schedule.finish(job.key, instance, "skipped", "noRecipient", now), "skipped");
  }
  if (result.ok) {
    const detail = result.detail?.slice(0, 500) ?? null;
    return own(await schedule.finish(job.key, instance, "sent", detail, now), "sent");
  }
  const delay = result.error === "transient" ? RETRY_DELAYS_MS[job.attempts] : undefined;
  if (delay === undefined) {
    const detail = `${result.error}: ${result.detail}`.slice(0, 500);
    return own(await schedule.finish(job.key, instance, "failed", detail, now), "failed");
  }
  return own(await schedule.retryAfter(job.key, instance, delay, result.detail.slice(0, 500), now), "retry");
}
