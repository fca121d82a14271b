// The one-off outbox over the in-memory tables, as src/db/schedule/oneOffs.ts does it in SQL.
import type { Buddy, BuddyRef, DueOneOff, NewOneOff } from "../../core/nudges/oneOffPorts.js";
import type { Platform } from "../../core/ports.js";
import { toGroup } from "./groups.js";
import { identitiesOf, recipientOf } from "./members.js";
import { type Db, identityKey, type MemberRow, type OneOffRow } from "./state.js";

const at = (d: Date | null): number => (d === null ? Number.POSITIVE_INFINITY : d.getTime());

function withRecipients(db: Db, row: OneOffRow): DueOneOff | null {
  const member = db.t.members.get(row.memberId);
  const group = db.t.groups.get(row.groupId);
  if (member === undefined || group === undefined) return null;
  const { dueAt, createdAt, ...send } = row;
  return {
    send,
    member: { ...recipientOf(db, member), nudgesOff: member.nudgesOff },
    memberName: db.t.groupMembers.get(`${group.id}:${member.id}`)?.displayName ?? member.displayName,
    offBoardHere: db.t.groupMembers.get(`${group.id}:${member.id}`)?.offBoard === true,
    group: toGroup(group),
    dueAt: new Date(dueAt ?? createdAt),
  };
}

function insert(db: Db, send: NewOneOff): boolean {
  for (const row of db.t.oneOffSends.values()) if (row.key === send.key) return false;
  const id = db.nextId("oneOffSends");
  db.t.oneOffSends.set(id, {
    ...send,
    id,
    dueAt: new Date(send.dueAt),
    createdAt: new Date(send.createdAt),
  });
  return true;
}

export function queueOneOff(db: Db, send: NewOneOff): boolean {
  return insert(db, send);
}

export function dueOneOffs(db: Db, now: Date, limit: number): DueOneOff[] {
  return [...db.t.oneOffSends.values()]
    .filter((row) => at(row.dueAt) <= now.getTime())
    .sort((a, b) => at(a.dueAt) - at(b.dueAt) || a.id - b.id)
    .flatMap((row) => withRecipients(db, row) ?? [])
    .slice(0, Math.max(0, limit));
}

export function oneOff(db: Db, id: number): DueOneOff | null {
  const row = db.t.oneOffSends.get(id);
  return row === undefined ? null : withRecipients(db, row);
}

export function queueMilestone(db: Db, memberId: number, milestone: string, when: Date): number {
  const member = db.t.members.get(memberId);
  if (member === undefined || member.leaderboardOptOut) return 0;
  let queued = 0;
  for (const membership of db.t.groupMembers.values()) {
    if (membership.memberId !== memberId || membership.offBoard) continue;
    const group = db.t.groups.get(membership.groupId);
    if (group === undefined || group.summaryChannelId === null) continue;
    const key = `milestone:g${group.id}:m${memberId}:${milestone}`;
    const send = { key, kind: "milestone" as const, memberId, groupId: group.id, fromMemberId: null };
    if (insert(db, { ...send, detail: milestone, dueAt: when, createdAt: when })) queued += 1;
  }
  return queued;
}

export function findBuddies(db: Db, groupId: number, platform: Platform, ref: BuddyRef): Buddy[] {
  const named = ref.kind === "name" ? ref.name.replace(/^@/, "").trim().toLowerCase() : "";
  const found: Buddy[] = [];
  for (const membership of db.t.groupMembers.values()) {
    if (membership.groupId !== groupId) continue;
    const member: MemberRow | undefined = db.t.members.get(membership.memberId);
    if (member === undefined) continue;
    const shown = membership.displayName ?? member.displayName;
    const accounts = identitiesOf(db, member.id).filter((i) => i.platform === platform);
    const matches =
      ref.kind === "account"
        ? accounts.some((i) => i.platformUserId === ref.platformUserId)
        : accounts.some((i) => i.username === named) || shown.toLowerCase() === named;
    if (matches) {
      found.push({
        member: { ...recipientOf(db, member), nudgesOff: member.nudgesOff },
        displayName: shown,
      });
    }
  }
  return found.sort((a, b) => a.member.id - b.member.id);
}

export function setNudgesOff(db: Db, memberId: number, off: boolean): void {
  const row = db.t.members.get(memberId);
  if (row !== undefined) db.t.members.set(memberId, { ...row, nudgesOff: off });
}

export function rememberUsername(db: Db, platform: Platform, userId: string, username: string | null): void {
  const key = identityKey(platform, userId);
  const found = db.t.identities.get(key);
  const value = username === null ? null : username.toLowerCase();
  if (found !== undefined && found.username !== value)
    db.t.identities.set(key, { ...found, username: value });
}

export function setMilestoneRoles(db: Db, groupId: number, roles: ReadonlyMap<string, string>): void {
  for (const [milestone, roleId] of roles)
    db.t.milestoneRoles.set(`${groupId}:${milestone}`, { groupId, milestone, roleId });
}

export function milestoneRole(db: Db, groupId: number, milestone: string): string | null {
  return db.t.milestoneRoles.get(`${groupId}:${milestone}`)?.roleId ?? null;
}
