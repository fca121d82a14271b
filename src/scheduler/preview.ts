// The dry run: what is due in a window, as the scheduler would send it, without sending or recording.

import type { Platform } from "../core/ports.js";
import { currentStreak } from "../core/progress/memberProgress.js";
import type { ComposeDeps } from "../core/schedule/compose.js";
import { composeForMember, composeGroupSummary } from "../core/schedule/compose.js";
import { decide } from "../core/schedule/decide.js";
import type { SendKind } from "../core/schedule/kinds.js";
import { nextGroupSummary, nextMemberSend, sendIdentity } from "../core/schedule/occurrences.js";
import { localDateOf } from "../core/time/dates.js";

export interface PreviewItem {
  kind: SendKind;
  platform: Platform;
  /** The chat id: the member's account for DMs, the summary channel for groups. */
  to: string;
  member: string | null;
  key: string;
  dueAt: string;
  text: string;
}

/** Sends whose time falls in [from, until), except those already recorded in the send log. */
export async function previewDue(deps: ComposeDeps, from: Date, until: Date): Promise<PreviewItem[]> {
  const items: PreviewItem[] = [];
  const before = new Date(from.getTime() - 1);

  for (const member of await deps.schedule.startedMembers()) {
    if (member.dm === null) continue;
    for (const slot of ["morning", "evening", "recap"] as const) {
      for (let at = nextMemberSend(slot, member, before); at < until; at = nextMemberSend(slot, member, at)) {
        const { key, kind } = sendIdentity(slot, member.id, at, member.timezone);
        if (kind === "group_summary") continue;
        const day = localDateOf(at, member.timezone);
        const decision = decide({
          slot,
          dueAt: at,
          now: at,
          zone: member.timezone,
          pausedUntil: member.pausedUntil,
          quiet: member.quiet,
          reachable: !member.dm.unreachable,
          checkedInToday:
            slot === "evening" ? (await deps.store.minutesBetween(member.id, day, day)) > 0 : false,
          streak: slot === "evening" ? await currentStreak(deps.store, member.id, day) : 0,
        });
        if (decision.action === "skip") continue;
        const composed = await composeForMember(deps, kind, member, at);
        items.push({
          kind,
          platform: member.dm.platform,
          to: member.dm.platformUserId,
          member: member.displayName,
          key,
          dueAt: at.toISOString(),
          text: composed.text,
        });
      }
    }
  }

  for (const group of await deps.schedule.groupsWithSummary()) {
    for (
      let at = nextGroupSummary(group, before);
      at !== null && at < until;
      at = nextGroupSummary(group, at)
    ) {
      const { key, kind } = sendIdentity("summary", group.id, at, group.timezone);
      const composed = await composeGroupSummary(deps, group, at);
      items.push({
        kind,
        platform: group.platform,
        to: group.summaryChannelId ?? group.chatId,
        member: null,
        key,
        dueAt: at.toISOString(),
        text: composed.text,
      });
    }
  }

  const recorded = await deps.schedule.recordedKeys(items.map((i) => i.key));
  return items.filter((i) => !recorded.has(i.key)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
