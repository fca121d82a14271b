// The one planning path of a scheduled send, shared by the tick and the dry run: its identity, the decision
// whether it goes out now, and what it says.
import type { CoreDeps } from "../core/commands/context.js";
import { mockHintsFor } from "../core/mock/hints.js";
import { overBudget } from "../core/nudges/budget.js";
import { COMEBACK_DAYS, daysAway } from "../core/nudges/comeback.js";
import {
  type ComposeDeps,
  type Composed,
  composeForMember,
  composeGroupSummary,
  roadmapScoped,
} from "../core/nudges/compose.js";
import { type Decision, type DecisionInput, decide, heldUntil } from "../core/nudges/decide.js";
import type { MemberSlot, SendKind } from "../core/nudges/kinds.js";
import {
  nextGroupSummary,
  nextMemberSend,
  PLAN_REMINDER_LEAD_MS,
  sendIdentity,
} from "../core/nudges/occurrences.js";
import { decideOneOff } from "../core/nudges/oneOffDecision.js";
import type { DueOneOff, OneOffWithRecipients } from "../core/nudges/oneOffPorts.js";
import type { Claim, Group, MemberRecipient, ScheduleStore } from "../core/nudges/ports.js";
import { excusedDays } from "../core/progress/pausedDays.js";
import { FREEZE_EVERY_DAYS, streakOn } from "../core/progress/streak.js";
import { addDays, type LocalDate, localDateOf } from "../core/time/dates.js";
import { memberDayOf, sendDayOf } from "../core/time/memberDay.js";

/** What planning and wording need, from the core: mock interviews included (the drill topic, the scores). */
export function composeDepsFor(core: CoreDeps): ComposeDeps {
  return {
    ...core,
    mockHints: mockHintsFor(core.mock, core.roadmap),
    hintsFor: (roadmap) => mockHintsFor(core.mock, roadmap),
  };
}

export type Recipient = { member: MemberRecipient } | { group: Group } | { oneOff: OneOffWithRecipients };

export interface Planned {
  claim: Claim;
  decision: Decision;
  /** For a send held back ("wait"): when the quiet hours holding it end, and it is decided again. */
  heldUntil: Date | null;
  /** The recipient as planning read it, handed to delivery so it is not read again per send. */
  recipient: Recipient;
}

/**
 * Days of check-ins enough to know whether a streak is alive: five weeks hold the freezes a running streak
 * has earned (one a week, two at most), so a day a freeze covered still counts as kept.
 */
const RECENT_DAYS = 5 * FREEZE_EVERY_DAYS;

/** Local days with a check-in lately, per member: all the evening streak saver decides on. */
export function recentActivity(
  schedule: ScheduleStore,
  memberIds: number[],
  now: Date,
): Promise<Map<number, Set<LocalDate>>> {
  // A day more than the window, from UTC's date, covers it in every zone.
  return schedule.recentActiveDays(memberIds, addDays(localDateOf(now, "UTC"), -(RECENT_DAYS + 1)));
}

/** What planning reads of a member's check-ins: recent days (the evening), the last one (mornings, recaps). */
export interface Activity {
  recent: ReadonlySet<LocalDate>;
  lastActive: LocalDate | undefined;
}

/** Each member's activity, read with one query per need of the slot. */
export async function activityOf(
  schedule: ScheduleStore,
  slot: MemberSlot,
  due: readonly MemberRecipient[],
  now: Date,
): Promise<(memberId: number) => Activity> {
  const memberIds = due.map((m) => m.id);
  // Recent days decide the evening and the plan reminders; of the mornings, only those skipped once the day
  // has a check-in. The recap needs none; the evening needs no last day.
  const recentIds =
    slot === "recap"
      ? []
      : slot === "morning"
        ? due.filter((m) => !m.dailyWhenDone).map((m) => m.id)
        : memberIds;
  const [recent, last] = await Promise.all([
    recentIds.length > 0 ? recentActivity(schedule, recentIds, now) : new Map<number, Set<LocalDate>>(),
    slot !== "evening" && memberIds.length > 0
      ? schedule.lastActiveDays(memberIds)
      : new Map<number, LocalDate>(),
  ]);
  return (id) => ({ recent: recent.get(id) ?? new Set(), lastActive: last.get(id) });
}

/** A member's send of `slot` due at `dueAt`, as decided at `now`. */
export function planMemberSend(
  slot: MemberSlot,
  member: MemberRecipient,
  dueAt: Date,
  now: Date,
  activity: Activity,
): Planned {
  const identity = sendIdentity(slot, member.id, dueAt, member.timezone);
  const { key } = identity;
  // The member's day: with a day start of 04:00, an evening saver at 01:00 speaks for the day before.
  const day = sendDayOf(slot === "morning", dueAt, member);
  // A plan reminder is about its block's day (a block at 00:15 is reminded the evening before).
  const subjectDay =
    slot === "plan" ? memberDayOf(new Date(dueAt.getTime() + PLAN_REMINDER_LEAD_MS), member) : day;
  const activeDays = activity.recent;
  const excused = excusedDays(member);
  const away =
    slot === "evening"
      ? null
      : daysAway({ lastActive: activity.lastActive, roadmapStart: member.roadmapStart, excused }, day);
  // The key stays the morning's, so the word and the nudge it replaces are one send, however it is decided.
  const kind =
    slot === "morning" && away !== null && COMEBACK_DAYS.includes(away) ? "comeback" : identity.kind;
  const input: DecisionInput = {
    slot,
    dueAt,
    now,
    zone: member.timezone,
    day,
    pausedUntil: member.pausedUntil,
    quiet: member.quiet,
    reachable: member.dm !== null && !member.dm.unreachable,
    checkedInToday: activeDays.has(subjectDay),
    restDay: member.restDays.includes(subjectDay),
    skipWhenDone: slot === "morning" && kind === "daily" && !member.dailyWhenDone,
    overBudget: overBudget(member, slot, dueAt, day),
    // Only "2 or more" matters here; the text counts the whole streak when it is composed.
    streak: streakOn(day, activeDays, excused),
    daysAway: away,
  };
  const decision = decide(input);
  const next = nextMemberSend(slot, member, dueAt);
  return {
    decision,
    heldUntil: decision.action === "wait" ? heldUntil(input) : null,
    claim: { subjectId: member.id, dueAt, key, kind, next, state: "claimed", detail: null },
    recipient: { member },
  };
}

/** A group's summary due at `dueAt`, as decided at `now`. */
export function planGroupSend(group: Group, dueAt: Date, now: Date): Planned {
  const { key, kind } = sendIdentity("summary", group.id, dueAt, group.timezone);
  const decision = decide({ slot: "summary", dueAt, now, zone: group.timezone, reachable: true });
  const next = nextGroupSummary(group, dueAt);
  return {
    decision,
    heldUntil: null,
    claim: { subjectId: group.id, dueAt, key, kind, next, state: "claimed", detail: null },
    recipient: { group },
  };
}

/** A one-off send due at `dueAt`, as decided at `now`: taken once, its pointer cleared. */
export function planOneOffSend(due: DueOneOff, now: Date): Planned {
  const { send, dueAt } = due;
  const { decision, heldUntil: held } = decideOneOff(due, dueAt, now);
  return {
    decision,
    heldUntil: held,
    claim: {
      subjectId: send.id,
      dueAt,
      key: send.key,
      kind: send.kind,
      next: null,
      state: "claimed",
      detail: null,
    },
    recipient: { oneOff: due },
  };
}

/** What a planned send says, worded for its recipient at its due time. */
export async function composeSend(
  base: ComposeDeps,
  kind: SendKind,
  recipient: Recipient,
  dueAt: Date,
): Promise<Composed> {
  // Each recipient's own roadmap: a member's (their group's), or the one the group follows.
  if ("oneOff" in recipient) throw new Error("a one-off send is worded by oneOffText");
  if ("group" in recipient) {
    const deps = await roadmapScoped(base, recipient.group.roadmapKey);
    return composeGroupSummary(deps, recipient.group, dueAt);
  }
  if (kind === "group_summary") throw new Error("a group summary goes to a group");
  const deps = await roadmapScoped(base, recipient.member.roadmapKey);
  return composeForMember(deps, kind, recipient.member, dueAt);
}

/**
 * When a planned send goes out if nothing changes before then, as the tick would decide it each minute: at
 * its due time, or once the quiet hours holding it end; null when it would be skipped.
 */
export function firstSend(plan: (now: Date) => Planned, dueAt: Date): { at: Date; planned: Planned } | null {
  let at = dueAt;
  let planned = plan(at);
  // Quiet hours end once; the decision then is final (send, or skipped as too late).
  if (planned.decision.action === "wait" && planned.heldUntil !== null) {
    at = planned.heldUntil;
    planned = plan(at);
  }
  return planned.decision.action === "send" ? { at, planned } : null;
}
