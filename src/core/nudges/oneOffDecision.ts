// Whether a due one-off send goes out now, waits for the recipient's quiet hours, or is skipped.

import { memberDayOf } from "../time/memberDay.js";
import { type Decision, heldUntil } from "./decide.js";
import { GRACE_MS } from "./kinds.js";
import type { OneOffWithRecipients } from "./oneOffPorts.js";

export function decideOneOff(
  { send, member, group, offBoardHere }: OneOffWithRecipients,
  dueAt: Date,
  now: Date,
): { decision: Decision; heldUntil: Date | null } {
  const skip = (reason: Extract<Decision, { action: "skip" }>["reason"]) => ({
    decision: { action: "skip" as const, reason },
    heldUntil: null,
  });
  if (now.getTime() - dueAt.getTime() > GRACE_MS.oneoff) return skip("late");
  if (send.kind === "milestone") {
    // Decided again at the post: a member who opted out since is not celebrated in public.
    if (group.summaryChannelId === null) return skip("noRecipient");
    if (member.leaderboardOptOut || offBoardHere) return skip("optedOut");
    return { decision: { action: "send" }, heldUntil: null };
  }
  if (member.nudgesOff) return skip("turnedOff");
  // Paused since it was asked for: a pause is a break from every nudge.
  if (member.pausedUntil !== null && memberDayOf(now, member) <= member.pausedUntil) return skip("paused");
  if (member.dm === null || member.dm.unreachable) return skip("unreachable");
  const held = heldUntil({
    slot: "oneoff",
    dueAt,
    now,
    zone: member.timezone,
    quiet: member.quiet,
    reachable: true,
  });
  return held === null
    ? { decision: { action: "send" }, heldUntil: null }
    : { decision: { action: "wait" }, heldUntil: held };
}
