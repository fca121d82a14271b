// Makes one one-off send: a buddy's nudge to the member's DMs, a milestone to the group's summary channel.
import type { SendResult } from "../core/delivery.js";
import { messagesFor } from "../core/messages/index.js";
import type { OneOffWithRecipients } from "../core/nudges/oneOffPorts.js";
import type { Platform } from "../core/ports.js";
import { parseMilestoneId } from "../core/progress/milestones.js";
import type { SchedulerDeps } from "./types.js";

type Call = (send: (signal: AbortSignal) => Promise<SendResult>) => Promise<SendResult>;

/** Where the send goes out: the nudged member's DMs, or the group. */
export function oneOffPlatform({ send, member, group }: OneOffWithRecipients): Platform | null {
  return send.kind === "milestone" ? group.platform : (member.dm?.platform ?? null);
}

export async function attemptOneOff(
  deps: SchedulerDeps,
  { send, member, memberName, group }: OneOffWithRecipients,
  call: Call,
  now: () => Date,
): Promise<SendResult | "gone"> {
  if (send.kind === "milestone") {
    const milestone = parseMilestoneId(send.detail);
    const channel = group.summaryChannelId;
    if (milestone === null || channel === null) return "gone";
    const sender = deps.senders.get(group.platform);
    if (sender === undefined)
      return { ok: false, error: "transient", detail: `no ${group.platform} connection` };
    const t = messagesFor(group.locale ?? deps.defaultLocale);
    const thread = group.summaryThreadId ?? undefined;
    const message = {
      text: t["milestone.reached"]({ name: memberName, milestone }),
      ...(thread === undefined ? {} : { thread }),
    };
    return call((signal) => sender.sendToChannel(channel, message, signal));
  }
  const { dm } = member;
  if (dm === null) return "gone";
  const sender = deps.senders.get(dm.platform);
  if (sender === undefined) return { ok: false, error: "transient", detail: `no ${dm.platform} connection` };
  const t = messagesFor(member.locale ?? member.seenLocale ?? deps.defaultLocale);
  const result = await call((signal) =>
    sender.sendToMember(dm.platformUserId, { text: t["buddy.nudge"]({ from: send.detail }) }, signal),
  );
  if (!result.ok && result.error === "unreachable")
    await deps.schedule.markUnreachable(dm.platform, dm.platformUserId, now());
  return result;
}
