// Groups: one per chat, memberships, /setup's settings, and the minutes the board and the summary show.
import type { Group, GroupMemberWeek } from "../../core/nudges/ports.js";
import type { BoardScope, GroupRef, GroupSettings, Platform } from "../../core/ports.js";
import { addDays, type LocalDate } from "../../core/time/dates.js";
import { checkinsOf, minutesIn } from "./checkins.js";
import { identitiesOf, requireMember } from "./members.js";
import type { Db, GroupMemberRow, GroupRow } from "./state.js";

export function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    platform: row.platform,
    chatId: row.chatId,
    title: row.title,
    timezone: row.timezone,
    summaryChannelId: row.summaryChannelId,
    summaryThreadId: row.summaryThreadId,
    summaryWeekday: row.summaryWeekday,
    summaryTime: row.summaryTime,
    locale: row.locale,
    publicCheckins: row.publicCheckins,
    roadmapKey: row.roadmapKey,
  };
}

/** The unique (platform, chat_id) index: one group per chat. */
export function groupRowByChat(db: Db, platform: Platform, chatId: string): GroupRow | undefined {
  for (const row of db.t.groups.values()) if (row.platform === platform && row.chatId === chatId) return row;
  return undefined;
}

/** Inserts the group, or on its chat's conflict applies `onConflict` to the row there. */
function upsertGroup(db: Db, fresh: Omit<GroupRow, "id" | "createdAt">, onConflict: Partial<GroupRow>) {
  const found = groupRowByChat(db, fresh.platform, fresh.chatId);
  const row: GroupRow =
    found === undefined
      ? { ...fresh, id: db.nextId("groups"), createdAt: db.now() }
      : { ...found, ...onConflict };
  db.t.groups.set(row.id, row);
  return row;
}

const NEW_GROUP = {
  summaryChannelId: null,
  summaryThreadId: null,
  summaryWeekday: 6,
  summaryTime: "20:00",
  locale: null,
  publicCheckins: false,
  roadmapKey: null,
  nextSummaryAt: null,
} as const;

export function ensureGroupMember(
  db: Db,
  memberId: number,
  group: GroupRef,
  displayName?: string,
): GroupSettings {
  const row = upsertGroup(
    db,
    {
      ...NEW_GROUP,
      platform: group.platform,
      chatId: group.chatId,
      title: group.title,
      timezone: group.timezone,
    },
    { title: group.title },
  );
  const key = `${row.id}:${memberId}`;
  const name = displayName ?? null;
  const joined = db.t.groupMembers.get(key);
  if (joined !== undefined && joined.displayName !== name) {
    db.t.groupMembers.set(key, { ...joined, displayName: name });
  }
  if (joined === undefined) {
    const member = requireMember(db, memberId);
    db.t.groupMembers.set(key, {
      groupId: row.id,
      memberId,
      joinedAt: db.now(),
      displayName: name,
      offBoard: false,
    });
    // A newcomer follows the group's roadmap, as its members already do.
    if (row.roadmapKey !== null) db.t.members.set(memberId, { ...member, roadmapKey: row.roadmapKey });
  }
  return {
    id: row.id,
    publicCheckins: row.publicCheckins,
    roadmapKey: row.roadmapKey,
    offBoard: db.t.groupMembers.get(key)?.offBoard ?? false,
  };
}

export function setOnBoard(db: Db, memberId: number, scope: BoardScope, shown: boolean): void {
  const member = requireMember(db, memberId);
  const joined = [...db.t.groupMembers.entries()].filter(([, m]) => m.memberId === memberId);
  if (scope === "all") {
    db.t.members.set(memberId, { ...member, leaderboardOptOut: !shown });
    for (const [key, m] of joined) db.t.groupMembers.set(key, { ...m, offBoard: false });
    return;
  }
  if (shown && member.leaderboardOptOut) {
    // Back on one board while off all of them: off every other group, one by one.
    db.t.members.set(memberId, { ...member, leaderboardOptOut: false });
    for (const [key, m] of joined) db.t.groupMembers.set(key, { ...m, offBoard: true });
  }
  const key = `${scope.groupId}:${memberId}`;
  const here = db.t.groupMembers.get(key);
  if (here !== undefined) db.t.groupMembers.set(key, { ...here, offBoard: !shown });
}

export function setupGroup(
  db: Db,
  ref: { platform: Platform; chatId: string; title: string },
  settings: Omit<Group, "id" | "platform" | "chatId" | "title" | "roadmapKey">,
): Group {
  const values = {
    timezone: settings.timezone,
    summaryChannelId: settings.summaryChannelId,
    summaryThreadId: settings.summaryThreadId ?? null,
    summaryWeekday: settings.summaryWeekday,
    summaryTime: settings.summaryTime,
    locale: settings.locale,
    publicCheckins: settings.publicCheckins,
  };
  const row = upsertGroup(
    db,
    {
      nextSummaryAt: null,
      roadmapKey: null,
      platform: ref.platform,
      chatId: ref.chatId,
      title: ref.title,
      ...values,
    },
    { title: ref.title, ...values },
  );
  return toGroup(row);
}

export function setGroupPointer(db: Db, groupId: number, next: Date | null): void {
  const row = db.t.groups.get(groupId);
  if (row !== undefined)
    db.t.groups.set(groupId, { ...row, nextSummaryAt: next === null ? null : new Date(next) });
}

function membershipsOf(db: Db, groupId: number): GroupMemberRow[] {
  return [...db.t.groupMembers.values()].filter((m) => m.groupId === groupId);
}

export function groupMinutes(
  db: Db,
  groupId: number,
  from: LocalDate | null,
  to: LocalDate,
): GroupMemberWeek[] {
  const rows = membershipsOf(db, groupId).flatMap(({ memberId, displayName, offBoard }) => {
    const member = db.t.members.get(memberId);
    if (member === undefined) return [];
    return [
      {
        memberId,
        displayName: displayName ?? member.displayName,
        optedOut: member.leaderboardOptOut || offBoard,
        minutes: minutesIn(checkinsOf(db, memberId), from, to),
        unreachable: identitiesOf(db, memberId).some((i) => i.unreachableSince !== null),
        goal: {
          weeklyGoalMinutes: member.weeklyGoalMinutes,
          roadmapStart: member.roadmapStart,
          restDays: [...member.restDays],
          pausedDays: [...member.pausedDays],
        },
      },
    ];
  });
  // Most minutes first; Postgres leaves ties in no particular order, this breaks them by member.
  return rows.sort((a, b) => b.minutes - a.minutes || a.memberId - b.memberId);
}

export function groupWeeklyTotals(db: Db, groupId: number, mondays: LocalDate[]): number[] {
  const rows = membershipsOf(db, groupId).flatMap(({ memberId }) => checkinsOf(db, memberId));
  return mondays.map((monday) => minutesIn(rows, monday, addDays(monday, 6)));
}

export function groupMemberWeeklyMinutes(
  db: Db,
  groupId: number,
  mondays: LocalDate[],
): Map<number, number[]> {
  const byMember = new Map<number, number[]>();
  for (const { memberId } of membershipsOf(db, groupId)) {
    const rows = checkinsOf(db, memberId);
    const weeks = mondays.map((monday) => minutesIn(rows, monday, addDays(monday, 6)));
    if (weeks.some((minutes) => minutes > 0)) byMember.set(memberId, weeks);
  }
  return byMember;
}
