// The dry run: what goes out in a window, planned, decided and worded as the tick would, without sending or
// recording anything.

import type { ComposeDeps } from "../core/nudges/compose.js";
import { GRACE_MS, MEMBER_SLOTS, type SendKind } from "../core/nudges/kinds.js";
import { nextGroupSummary, nextMemberSend } from "../core/nudges/occurrences.js";
import type { Platform } from "../core/ports.js";
import {
  composeSend,
  firstSend,
  type Planned,
  planGroupSend,
  planMemberSend,
  recentActivity,
} from "./plan.js";

export interface PreviewItem {
  kind: SendKind;
  platform: Platform;
  /** The chat id: the member's account for DMs, the summary channel for groups. */
  to: string;
  member: string | null;
  key: string;
  dueAt: string;
  /** When it goes out: its due time, or the end of the quiet hours holding it. */
  sendsAt: string;
  text: string;
}

interface Going {
  planned: Planned;
  at: Date;
  platform: Platform;
  to: string;
  member: string | null;
}

/** Sends that go out in [from, until), except those already recorded in the send log. */
export async function previewDue(deps: ComposeDeps, from: Date, until: Date): Promise<PreviewItem[]> {
  const going: Going[] = [];
  const inWindow = (at: Date) => at >= from && at < until;

  const members = (await deps.schedule.startedMembers()).filter((m) => m.dm !== null);
  const ids = members.map((m) => m.id);
  const [recent, last] = await Promise.all([
    recentActivity(deps.schedule, ids, from),
    ids.length === 0 ? new Map<number, string>() : deps.schedule.lastActiveDays(ids),
  ]);
  for (const member of members) {
    if (member.dm === null) continue;
    const active = { recent: recent.get(member.id) ?? new Set<string>(), lastActive: last.get(member.id) };
    for (const slot of MEMBER_SLOTS) {
      // Quiet hours may hold a send due before the window into it, for as long as it may still go out.
      const before = new Date(from.getTime() - GRACE_MS[slot] - 1);
      for (
        let at = nextMemberSend(slot, member, before);
        at !== null && at < until;
        at = nextMemberSend(slot, member, at)
      ) {
        const dueAt = at;
        const send = firstSend((now) => planMemberSend(slot, member, dueAt, now, active), dueAt);
        if (send === null || !inWindow(send.at)) continue;
        const { platform, platformUserId } = member.dm;
        going.push({ ...send, platform, to: platformUserId, member: member.displayName });
      }
    }
  }

  for (const group of await deps.schedule.groupsWithSummary()) {
    const before = new Date(from.getTime() - 1);
    for (
      let at = nextGroupSummary(group, before);
      at !== null && at < until;
      at = nextGroupSummary(group, at)
    ) {
      const dueAt = at;
      const send = firstSend((now) => planGroupSend(group, dueAt, now), dueAt);
      if (send === null || !inWindow(send.at)) continue;
      const to = group.summaryChannelId ?? group.chatId;
      going.push({ ...send, platform: group.platform, to, member: null });
    }
  }

  const recorded = await deps.schedule.recordedKeys(going.map((g) => g.planned.claim.key));
  const items: PreviewItem[] = [];
  for (const { planned, at, platform, to, member } of going) {
    const { key, kind, dueAt } = planned.claim;
    if (recorded.has(key)) continue;
    const { text } = await composeSend(deps, kind, planned.recipient, dueAt);
    items.push({
      kind,
      platform,
      to,
      member,
      key,
      dueAt: dueAt.toISOString(),
      sendsAt: at.toISOString(),
      text,
    });
  }
  return items.sort((a, b) => a.sendsAt.localeCompare(b.sendsAt) || a.key.localeCompare(b.key));
}
