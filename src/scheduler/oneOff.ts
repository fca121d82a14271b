// Makes one one-off send: a buddy's nudge to the member's DMs, a milestone to the group's summary channel.
import type { SendResult } from "../core/delivery.js";
import { messagesFor } from "../core/messages/index.js";
import type { OneOffWithRecipients } from "../core/nudges/oneOffPorts.js";
import type { Platform } from "../core/ports.js";
import { parseMilestoneId, roleKeyOf } from "../core/progress/milestones.js";
import type { SchedulerDeps } from "./types.js";

type Call = (send: (signal: AbortSignal) => Promise<SendResult>) => Promise<SendResult>;

/** Where the send goes out: the nudged member's DMs, or the group. */
export function oneOffPlatform({ send, member, group }: OneOffWithRecipients): Platform | null {
  return send.kind === "milestone" ? group.platform : (member.dm?.platform ?? null);
}

/**
 * The role the group gives with the milestone, where it chose one (Discord's /setup). Best effort: without
 * Manage Roles, or a role above the bot's, Discord refuses and the member just has no role; the post stands.
 */
async function grantMilestoneRole(
  deps: SchedulerDeps,
  { member, group }: Pick<OneOffWithRecipients, "member" | "group">,
  roleKey: string,
): Promise<void> {
  const sender = deps.senders.get(group.platform);
  const account = member.dm?.platform === group.platform ? member.dm.platformUserId : null;
  if (sender?.grantRole === undefined || account === null) return;
  const role = await deps.schedule.milestoneRole(group.id, roleKey);
  if (role === null) return;
  const granted = await sender.grantRole(group.chatId, account, role);
  if (!granted.ok) deps.log.info({ group: group.id, detail: granted.detail }, "milestone role not given");
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
    const posted = await call((signal) => sender.sendToChannel(channel, message, signal));
    if (posted.ok) await grantMilestoneRole(deps, { member, group }, roleKeyOf(milestone));
    return posted;
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
