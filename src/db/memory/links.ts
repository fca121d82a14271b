// Linking two platform accounts into one member and separating one again, on the in-memory tables: what
// happens to each table is written down at src/db/linkAccounts.ts.
import { MEMBER_SLOTS } from "../../core/nudges/kinds.js";
import type { AccountRef, LinkOutcome, Platform, Store, UnlinkOutcome } from "../../core/ports.js";
import { newLinkCode } from "../linkCode.js";
import { identitiesOf, toMember } from "./members.js";
import { type Db, identityKey, type Scope } from "./state.js";

const MEMBER_SLOT_NAMES: ReadonlySet<string> = new Set(MEMBER_SLOTS);

function memberOf(db: Db, account: AccountRef): number {
  const found = db.t.identities.get(identityKey(account.platform, account.platformUserId));
  if (found === undefined) throw new Error("no member for an account that just spoke");
  return found.memberId;
}

const platformsOf = (db: Db, memberId: number): Platform[] =>
  [...new Set(identitiesOf(db, memberId).map((i) => i.platform))].sort();

/** Points every row of `from` whose key allows it at `to`, as an update of member_id does. */
function moveRows<K, V extends { memberId: number | null }>(
  table: Map<K, V>,
  from: number,
  to: number,
  keyOf?: (row: V) => K,
): void {
  for (const [key, row] of [...table]) {
    if (row.memberId !== from) continue;
    const moved = { ...row, memberId: to };
    if (keyOf === undefined) {
      table.set(key, moved);
      continue;
    }
    table.delete(key);
    const newKey = keyOf(moved);
    // A row the survivor already has keeps the survivor's.
    if (!table.has(newKey)) table.set(newKey, moved);
  }
}

function merge(db: Db, survivorId: number, otherId: number, now: Date): void {
  const { t } = db;
  const survivor = t.members.get(survivorId);
  const other = t.members.get(otherId);
  if (survivor === undefined || other === undefined) throw new Error("a member vanished while merging");
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
  t.members.set(survivorId, {
    ...survivor,
    restDays: union(survivor.restDays, other.restDays),
    pausedDays: union(survivor.pausedDays, other.pausedDays),
    roadmapStart: survivor.roadmapStart ?? other.roadmapStart,
  });
  moveRows(t.identities, otherId, survivorId);
  moveRows(t.checkins, otherId, survivorId);
  moveRows(t.groupMembers, otherId, survivorId, (r) => `${r.groupId}:${r.memberId}`);
  // A squad place goes with its membership, as the foreign key's update cascade does on SQL.
  moveRows(t.squadMembers, otherId, survivorId, (r) => `${r.groupId}:${r.memberId}`);
  moveRows(t.taskTicks, otherId, survivorId, (r) => `${r.memberId}\u0000${r.roadmapId}\u0000${r.taskId}`);
  const survivorOpen = [...t.mockSessions.values()].some(
    (s) => s.memberId === survivorId && s.endedAt === null,
  );
  for (const [id, session] of t.mockSessions) {
    if (session.memberId !== otherId) continue;
    const ends = survivorOpen && session.endedAt === null;
    t.mockSessions.set(id, {
      ...session,
      memberId: survivorId,
      ...(ends && { endedAt: new Date(now), endReason: "stopped", judgingSince: null }),
    });
  }
  moveRows(t.mockAnswers, otherId, survivorId);
  moveRows(t.mockAttempts, otherId, survivorId);
  moveRows(t.processedEvents, otherId, survivorId);
  moveRows(t.oneOffSends, otherId, survivorId);
  for (const [id, row] of t.oneOffSends) {
    if (row.fromMemberId === otherId) t.oneOffSends.set(id, { ...row, fromMemberId: survivorId });
  }
  moveRows(t.linkCodes, otherId, survivorId);
  for (const [key, send] of t.sends) {
    if (send.subjectId === otherId && MEMBER_SLOT_NAMES.has(send.slot)) t.sends.delete(key);
  }
  // What did not move (a membership or a tick both had) goes with the member, as on delete cascade.
  t.members.delete(otherId);
  for (const [key, row] of t.groupMembers) if (row.memberId === otherId) t.groupMembers.delete(key);
  for (const [key, row] of t.taskTicks) if (row.memberId === otherId) t.taskTicks.delete(key);
}

function redeem(db: Db, account: AccountRef, code: string, now: Date): LinkOutcome {
  const given = db.t.linkCodes.get(code);
  if (given === undefined) return { kind: "unknownCode" };
  const mine = memberOf(db, account);
  if (given.memberId === mine) {
    const own = given.usedAt === null && given.platform === account.platform;
    return own ? { kind: "samePlatform", platform: account.platform } : { kind: "alreadyLinked" };
  }
  if (given.usedAt !== null || given.expiresAt.getTime() <= now.getTime()) return { kind: "unknownCode" };
  const theirs = platformsOf(db, given.memberId);
  const shared = platformsOf(db, mine).find((p) => theirs.includes(p));
  if (shared !== undefined) return { kind: "samePlatform", platform: shared };
  const [survivor, other] = [given.memberId, mine]
    .map((id) => {
      const row = db.t.members.get(id);
      if (row === undefined) throw new Error(`no member ${id}`);
      return row;
    })
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  if (survivor === undefined || other === undefined) throw new Error("a linked member vanished");
  merge(db, survivor.id, other.id, now);
  db.t.linkCodes.set(code, { ...given, memberId: survivor.id, usedAt: new Date(now) });
  const merged = db.t.members.get(survivor.id);
  if (merged === undefined) throw new Error("the merged member vanished");
  return {
    kind: "linked",
    member: toMember(merged),
    keptOwnSettings: survivor.id === given.memberId,
    platforms: platformsOf(db, survivor.id),
  };
}

function unlink(db: Db, account: AccountRef): UnlinkOutcome {
  const { t } = db;
  const memberId = memberOf(db, account);
  const from = t.members.get(memberId);
  if (from === undefined) throw new Error(`no member ${memberId}`);
  const remaining = platformsOf(db, memberId).filter((p) => p !== account.platform);
  if (remaining.length === 0) return { kind: "notLinked" };
  const own = {
    ...from,
    id: db.nextId("members"),
    restDays: [],
    pausedDays: [],
    nextMorningAt: null,
    nextEveningAt: null,
    nextRecapAt: null,
    nextPlanAt: null,
    createdAt: db.now(),
  };
  t.members.set(own.id, own);
  const key = identityKey(account.platform, account.platformUserId);
  const identity = t.identities.get(key);
  if (identity !== undefined) t.identities.set(key, { ...identity, memberId: own.id });
  for (const [k, row] of [...t.groupMembers]) {
    if (row.memberId !== memberId || t.groups.get(row.groupId)?.platform !== account.platform) continue;
    t.groupMembers.delete(k);
    t.groupMembers.set(`${row.groupId}:${own.id}`, { ...row, memberId: own.id });
    const place = t.squadMembers.get(k);
    if (place !== undefined) {
      t.squadMembers.delete(k);
      t.squadMembers.set(`${row.groupId}:${own.id}`, { ...place, memberId: own.id });
    }
  }
  return { kind: "unlinked", member: toMember(own), remaining };
}

export function memoryLinks(
  scope: Scope,
): Pick<Store, "issueLinkCode" | "redeemLinkCode" | "unlinkAccount" | "platformsOf"> {
  return {
    issueLinkCode: (memberId, platform, expiresAt) =>
      scope.run((db) => {
        for (const [code, row] of db.t.linkCodes) {
          if (row.memberId === memberId && row.usedAt === null) db.t.linkCodes.delete(code);
        }
        let code = newLinkCode();
        while (db.t.linkCodes.has(code)) code = newLinkCode();
        db.t.linkCodes.set(code, { code, memberId, platform, expiresAt: new Date(expiresAt), usedAt: null });
        return code;
      }),
    redeemLinkCode: (account, code, now) => scope.run((db) => redeem(db, account, code, now)),
    unlinkAccount: (account) => scope.run((db) => unlink(db, account)),
    platformsOf: (memberId) => scope.run((db) => platformsOf(db, memberId)),
  };
}
