// Members and their platform accounts: first contact, settings, who DMs go to, and /forget's cascade.
import { MEMBER_SLOTS } from "../../core/nudges/kinds.js";
import type { MemberRecipient } from "../../core/nudges/ports.js";
import { EMPTY_PLAN } from "../../core/plans/plan.js";
import type { DmState, Identity, Member, MemberPatch } from "../../core/ports.js";
import { dropEmptySquads } from "./squads.js";
import { type Db, type IdentityRow, identityKey, type MemberRow } from "./state.js";

/** The send-log slots whose subject is a member (the summary's subject is a group). */
const MEMBER_SLOT_NAMES: ReadonlySet<string> = new Set(MEMBER_SLOTS);

const copy = (d: Date | null): Date | null => (d === null ? null : new Date(d));

export function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    displayName: row.displayName,
    timezone: row.timezone,
    locale: row.locale,
    seenLocale: row.seenLocale,
    roadmapStart: row.roadmapStart,
    remindTime: row.remindTime,
    eveningTime: row.eveningTime,
    dayStart: row.dayStart,
    dailyWhenDone: row.dailyWhenDone,
    quiet:
      row.quietStart !== null && row.quietEnd !== null ? { start: row.quietStart, end: row.quietEnd } : null,
    pausedUntil: row.pausedUntil,
    leaderboardOptOut: row.leaderboardOptOut,
    roadmapKey: row.roadmapKey,
    weeklyGoalMinutes: row.weeklyGoalMinutes,
    restDays: [...row.restDays],
    pausedDays: [...row.pausedDays],
    plan: { blocks: row.plan.blocks.map((b) => ({ ...b })), ifThen: row.plan.ifThen },
  };
}

/** The member's row, or the foreign-key violation Postgres would raise. */
export function requireMember(db: Db, memberId: number): MemberRow {
  const row = db.t.members.get(memberId);
  if (row === undefined) throw new Error(`foreign key violation: no member ${memberId}`);
  return row;
}

export function identitiesOf(db: Db, memberId: number): IdentityRow[] {
  return [...db.t.identities.values()].filter((i) => i.memberId === memberId);
}

/** Where DMs go: a reachable account first, then by platform name. */
function dmIdentity(db: Db, memberId: number): IdentityRow | null {
  const [first] = identitiesOf(db, memberId).sort(
    (a, b) =>
      Number(a.unreachableSince !== null) - Number(b.unreachableSince !== null) ||
      compareText(a.platform, b.platform),
  );
  return first ?? null;
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toRecipient(row: MemberRow, identity: IdentityRow | null): MemberRecipient {
  return {
    ...toMember(row),
    dm:
      identity === null
        ? null
        : {
            platform: identity.platform,
            platformUserId: identity.platformUserId,
            unreachable: identity.unreachableSince !== null,
          },
  };
}

export function recipientOf(db: Db, row: MemberRow): MemberRecipient {
  return toRecipient(row, dmIdentity(db, row.id));
}

/** The member behind an account, which speaking to the bot makes reachable again. */
export function memberByIdentity(db: Db, identity: Pick<Identity, "platform" | "platformUserId">) {
  const key = identityKey(identity.platform, identity.platformUserId);
  const found = db.t.identities.get(key);
  if (found === undefined) return undefined;
  return db.t.members.get(found.memberId);
}

export function ensureMember(
  db: Db,
  identity: Identity,
  defaults: { timezone: string; privately?: boolean },
): Member & DmState {
  const key = identityKey(identity.platform, identity.platformUserId);
  const account = db.t.identities.get(key);
  const found = account === undefined ? undefined : db.t.members.get(account.memberId);
  if (account !== undefined && found !== undefined) {
    const privately = defaults.privately === true;
    const username =
      identity.username === undefined ? account.username : (identity.username?.toLowerCase() ?? null);
    if (username !== account.username) db.t.identities.set(key, { ...account, username });
    // Whoever writes to the bot in private can be reached there again.
    if (privately && (account.unreachableSince !== null || account.dmReachedAt === null))
      db.t.identities.set(key, { ...account, username, unreachableSince: null, dmReachedAt: db.now() });
    const dm: DmState = {
      dmRefused: account.unreachableSince !== null && !privately,
      dmUnproven: account.unreachableSince === null && account.dmReachedAt === null && !privately,
    };
    const seenLocale = identity.locale ?? found.seenLocale;
    if (found.displayName === identity.displayName && found.seenLocale === seenLocale)
      return { ...toMember(found), ...dm };
    const renamed = { ...found, displayName: identity.displayName, seenLocale };
    db.t.members.set(found.id, renamed);
    return { ...toMember(renamed), ...dm };
  }
  const created: MemberRow = {
    id: db.nextId("members"),
    displayName: identity.displayName,
    timezone: defaults.timezone,
    locale: null,
    seenLocale: identity.locale ?? null,
    roadmapStart: null,
    remindTime: "09:00",
    eveningTime: "20:00",
    dayStart: null,
    dailyWhenDone: true,
    quietStart: null,
    quietEnd: null,
    pausedUntil: null,
    leaderboardOptOut: false,
    nudgesOff: false,
    roadmapKey: null,
    weeklyGoalMinutes: null,
    restDays: [],
    pausedDays: [],
    plan: EMPTY_PLAN,
    nextMorningAt: null,
    nextEveningAt: null,
    nextRecapAt: null,
    nextPlanAt: null,
    createdAt: db.now(),
  };
  db.t.members.set(created.id, created);
  db.t.identities.set(key, {
    platform: identity.platform,
    platformUserId: identity.platformUserId,
    memberId: created.id,
    unreachableSince: null,
    dmReachedAt: defaults.privately === true ? db.now() : null,
    username: identity.username?.toLowerCase() ?? null,
  });
  return { ...toMember(created), dmRefused: false, dmUnproven: defaults.privately !== true };
}

export function updateMember(db: Db, memberId: number, patch: MemberPatch): Member {
  const row = db.t.members.get(memberId);
  if (row === undefined) throw new Error(`member ${memberId} not found`);
  const { quiet, pointers, ...plain } = patch;
  // As drizzle's set(): a key given as undefined leaves the column as it is.
  const given = Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined));
  const updated: MemberRow = {
    ...row,
    ...given,
    ...(quiet !== undefined && { quietStart: quiet?.start ?? null, quietEnd: quiet?.end ?? null }),
    ...(pointers !== undefined && {
      nextMorningAt: copy(pointers.morning),
      nextEveningAt: copy(pointers.evening),
      nextRecapAt: copy(pointers.recap),
      nextPlanAt: copy(pointers.plan),
    }),
  };
  db.t.members.set(memberId, updated);
  return toMember(updated);
}

export function markUnreachable(db: Db, platform: IdentityRow["platform"], userId: string, now: Date): void {
  const key = identityKey(platform, userId);
  const found = db.t.identities.get(key);
  if (found !== undefined) db.t.identities.set(key, { ...found, unreachableSince: new Date(now) });
}

/** Deletes the member, their member-slot sends, and every row that references them (on delete cascade). */
export function forgetMember(db: Db, memberId: number): void {
  const { t } = db;
  for (const [key, send] of t.sends) {
    if (send.subjectId === memberId && MEMBER_SLOT_NAMES.has(send.slot)) t.sends.delete(key);
  }
  // One-off sends about the member or from them, and their send log rows.
  for (const [id, send] of t.oneOffSends) {
    if (send.memberId !== memberId && send.fromMemberId !== memberId) continue;
    t.oneOffSends.delete(id);
    for (const [key, logged] of t.sends)
      if (logged.slot === "oneoff" && logged.subjectId === id) t.sends.delete(key);
  }
  if (!t.members.delete(memberId)) return;
  const removeWhere = <K, V extends { memberId: number | null }>(table: Map<K, V>) => {
    for (const [key, row] of table) if (row.memberId === memberId) table.delete(key);
  };
  removeWhere(t.identities);
  removeWhere(t.groupMembers);
  removeWhere(t.checkins);
  removeWhere(t.processedEvents);
  removeWhere(t.mockSessions);
  removeWhere(t.mockAnswers);
  removeWhere(t.mockAttempts);
  removeWhere(t.taskTicks);
  removeWhere(t.squadMembers);
  dropEmptySquads(db);
  removeWhere(t.linkCodes);
}

/** A DM reached the account: it is reachable, and proven so. */
export function markReached(db: Db, platform: IdentityRow["platform"], userId: string, now: Date): void {
  const key = identityKey(platform, userId);
  const found = db.t.identities.get(key);
  if (found !== undefined)
    db.t.identities.set(key, { ...found, unreachableSince: null, dmReachedAt: new Date(now) });
}
