// Linking two platform accounts into one member (/link) and separating one again (/unlink), on SQL.
//
// What a merge does to each table, the older member (the survivor) keeping its id:
// - members: the survivor's settings stay; the other's rest and paused days join its own (they explain the
//   streak of days now shared), its day 1 is taken only if the survivor has none; the other row goes.
// - identities: every account points at the survivor.
// - checkins: move; their trigger (0006) moves the minutes in checkin_days, so a day logged on both adds up
//   and is one day for streaks. The 24 h cap then counts both (a merged day may hold more: nothing is lost,
//   nothing more fits); undo and the repeat check read the survivor's latest check-ins.
// - group_members: the other's memberships move (groups are per platform, so none is in both): one board row;
//   squad places follow them (the foreign key's update cascade).
// - task_ticks: move; a task both ticked keeps the survivor's tick.
// - mock_sessions, mock_answers, mock_attempts: move, so the history and the daily limit count both; an open
//   session of the other's ends ("stopped") when the survivor has one, as one member holds one at most.
// - processed_events: move, so they still go with the member on /forget; event ids are per platform.
// - sends: the other's member-slot sends go, as on /forget; the survivor's keys and pointers carry on.
// - link_codes: move, so the code, used, answers "already linked" again.
// - one_off_sends: move, both ways (nudges waiting or sent, milestones); their keys keep the old ids, so a
//   nudge already sent today between the other account and someone may go once more from the person.
// - groups, group_roadmaps, command_registrations, llm_calls: about no member; unchanged.
import { and, asc, eq, inArray, isNull, ne, notInArray, sql } from "drizzle-orm";
import { MEMBER_SLOTS } from "../core/nudges/kinds.js";
import type { AccountRef, LinkOutcome, Platform, Store, UnlinkOutcome } from "../core/ports.js";
import type { Database } from "./client.js";
import { newLinkCode } from "./linkCode.js";
import {
  checkins,
  groupMembers,
  groups,
  identities,
  linkCodes,
  members,
  mockAnswers,
  mockAttempts,
  mockSessions,
  oneOffSends,
  processedEvents,
  sends,
  taskTicks,
} from "./schema/index.js";
import { toMember } from "./store.js";

/** The key record_checkin (0009) serialises a member's check-ins on: a merge waits for those in flight. */
const CHECKIN_LOCK = 25451;

const accountIs = (account: AccountRef) =>
  and(eq(identities.platform, account.platform), eq(identities.platformUserId, account.platformUserId));

export function linkStore(
  db: Database,
): Pick<Store, "issueLinkCode" | "redeemLinkCode" | "unlinkAccount" | "platformsOf"> {
  async function memberOf(tx: Database, account: AccountRef): Promise<number> {
    const [row] = await tx
      .select({ memberId: identities.memberId })
      .from(identities)
      .where(accountIs(account));
    if (row === undefined) throw new Error("no member for an account that just spoke");
    return row.memberId;
  }

  /** Holds both members (in id order, so two merges of one pair cannot deadlock) and their check-ins. */
  async function lockMembers(tx: Database, ids: number[]): Promise<void> {
    const sorted = [...new Set(ids)].sort((a, b) => a - b);
    for (const id of sorted) await tx.execute(sql`select pg_advisory_xact_lock(${CHECKIN_LOCK}, ${id})`);
    await tx
      .select({ id: members.id })
      .from(members)
      .where(inArray(members.id, sorted))
      .orderBy(asc(members.id))
      .for("update");
  }

  /**
   * The code (locked) and the two members it would join, both held: read again after each wait, since a
   * merge that committed meanwhile may have moved either account to another member. Null: no such code.
   */
  async function heldPair(tx: Database, account: AccountRef, code: string) {
    for (;;) {
      const [seen] = await tx
        .select({ memberId: linkCodes.memberId })
        .from(linkCodes)
        .where(eq(linkCodes.code, code));
      if (seen === undefined) return null;
      const ids = [seen.memberId, await memberOf(tx, account)];
      await lockMembers(tx, ids);
      const [given] = await tx.select().from(linkCodes).where(eq(linkCodes.code, code)).for("update");
      if (given === undefined) return null;
      const mine = await memberOf(tx, account);
      if (ids.includes(given.memberId) && ids.includes(mine)) return { given, mine };
    }
  }

  async function platformsOf(tx: Database, memberId: number): Promise<Platform[]> {
    const rows = await tx
      .select({ platform: identities.platform })
      .from(identities)
      .where(eq(identities.memberId, memberId))
      .orderBy(asc(identities.platform));
    return [...new Set(rows.map((r) => r.platform as Platform))];
  }

  async function merge(tx: Database, survivorId: number, otherId: number, now: Date): Promise<void> {
    const [survivor] = await tx.select().from(members).where(eq(members.id, survivorId));
    const [other] = await tx.select().from(members).where(eq(members.id, otherId));
    if (survivor === undefined || other === undefined) throw new Error("a member vanished while locked");
    const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
    await tx
      .update(members)
      .set({
        restDays: union(survivor.restDays, other.restDays),
        pausedDays: union(survivor.pausedDays, other.pausedDays),
        roadmapStart: survivor.roadmapStart ?? other.roadmapStart,
      })
      .where(eq(members.id, survivorId));
    await tx.update(identities).set({ memberId: survivorId }).where(eq(identities.memberId, otherId));
    await tx.update(checkins).set({ memberId: survivorId }).where(eq(checkins.memberId, otherId));
    await tx
      .update(groupMembers)
      .set({ memberId: survivorId })
      .where(
        and(
          eq(groupMembers.memberId, otherId),
          notInArray(
            groupMembers.groupId,
            tx
              .select({ id: groupMembers.groupId })
              .from(groupMembers)
              .where(eq(groupMembers.memberId, survivorId)),
          ),
        ),
      );
    await tx.execute(sql`
      update ${taskTicks} set member_id = ${survivorId} where member_id = ${otherId} and not exists (
        select 1 from ${taskTicks} mine where mine.member_id = ${survivorId}
          and mine.roadmap_id = ${taskTicks.roadmapId} and mine.task_id = ${taskTicks.taskId})`);
    const [open] = await tx
      .select({ id: mockSessions.id })
      .from(mockSessions)
      .where(and(eq(mockSessions.memberId, survivorId), isNull(mockSessions.endedAt)));
    if (open !== undefined) {
      await tx
        .update(mockSessions)
        .set({ endedAt: now, endReason: "stopped", judgingSince: null })
        .where(and(eq(mockSessions.memberId, otherId), isNull(mockSessions.endedAt)));
    }
    await tx.update(mockSessions).set({ memberId: survivorId }).where(eq(mockSessions.memberId, otherId));
    await tx.update(mockAnswers).set({ memberId: survivorId }).where(eq(mockAnswers.memberId, otherId));
    await tx.update(mockAttempts).set({ memberId: survivorId }).where(eq(mockAttempts.memberId, otherId));
    await tx
      .update(processedEvents)
      .set({ memberId: survivorId })
      .where(eq(processedEvents.memberId, otherId));
    await tx.update(linkCodes).set({ memberId: survivorId }).where(eq(linkCodes.memberId, otherId));
    await tx.update(oneOffSends).set({ memberId: survivorId }).where(eq(oneOffSends.memberId, otherId));
    await tx
      .update(oneOffSends)
      .set({ fromMemberId: survivorId })
      .where(eq(oneOffSends.fromMemberId, otherId));
    await tx.delete(sends).where(and(eq(sends.subjectId, otherId), inArray(sends.slot, [...MEMBER_SLOTS])));
    // What did not move (a tick both had) goes with the row (on delete cascade).
    await tx.delete(members).where(eq(members.id, otherId));
  }

  return {
    platformsOf: (memberId) => platformsOf(db, memberId),

    async issueLinkCode(memberId, platform, expiresAt) {
      return db.transaction(async (tx) => {
        // Only the newest code works; used ones stay to answer "already linked".
        await tx.delete(linkCodes).where(and(eq(linkCodes.memberId, memberId), isNull(linkCodes.usedAt)));
        for (;;) {
          const code = newLinkCode();
          const kept = await tx
            .insert(linkCodes)
            .values({ code, memberId, platform, expiresAt })
            .onConflictDoNothing()
            .returning({ code: linkCodes.code });
          if (kept.length > 0) return code;
        }
      });
    },

    redeemLinkCode(account, code, now) {
      return db.transaction(async (tx): Promise<LinkOutcome> => {
        const held = await heldPair(tx, account, code);
        if (held === null) return { kind: "unknownCode" };
        const { given, mine } = held;
        if (given.memberId === mine) {
          const own = given.usedAt === null && given.platform === account.platform;
          return own ? { kind: "samePlatform", platform: account.platform } : { kind: "alreadyLinked" };
        }
        if (given.usedAt !== null || given.expiresAt.getTime() <= now.getTime())
          return { kind: "unknownCode" };
        const theirs = await platformsOf(tx, given.memberId);
        const shared = (await platformsOf(tx, mine)).find((p) => theirs.includes(p));
        if (shared !== undefined) return { kind: "samePlatform", platform: shared };
        const pair = await tx
          .select({ id: members.id })
          .from(members)
          .where(inArray(members.id, [given.memberId, mine]))
          .orderBy(asc(members.createdAt), asc(members.id));
        const [survivor, other] = pair.map((r) => r.id);
        if (survivor === undefined || other === undefined) throw new Error("a linked member vanished");
        await merge(tx, survivor, other, now);
        await tx.update(linkCodes).set({ usedAt: now }).where(eq(linkCodes.code, code));
        const [merged] = await tx.select().from(members).where(eq(members.id, survivor));
        if (merged === undefined) throw new Error("the merged member vanished");
        return {
          kind: "linked",
          member: toMember(merged),
          keptOwnSettings: survivor === given.memberId,
          platforms: await platformsOf(tx, survivor),
        };
      });
    },

    unlinkAccount(account) {
      return db.transaction(async (tx): Promise<UnlinkOutcome> => {
        const memberId = await memberOf(tx, account);
        await lockMembers(tx, [memberId]);
        const [from] = await tx.select().from(members).where(eq(members.id, memberId));
        if (from === undefined) throw new Error("the member vanished while locked");
        const others = await tx
          .select({ platform: identities.platform })
          .from(identities)
          .where(and(eq(identities.memberId, memberId), ne(identities.platform, account.platform)));
        if (others.length === 0) return { kind: "notLinked" };
        // Its settings go along; its history, pointers and rest days stay with the member it leaves.
        const { id: _id, createdAt: _created, restDays: _rest, pausedDays: _paused, ...settings } = from;
        const [own] = await tx
          .insert(members)
          .values({
            ...settings,
            nextMorningAt: null,
            nextEveningAt: null,
            nextRecapAt: null,
            nextPlanAt: null,
          })
          .returning();
        if (own === undefined) throw new Error("member insert returned nothing");
        await tx.update(identities).set({ memberId: own.id }).where(accountIs(account));
        // Its platform's groups see the account: their board row follows it.
        await tx
          .update(groupMembers)
          .set({ memberId: own.id })
          .where(
            and(
              eq(groupMembers.memberId, memberId),
              inArray(
                groupMembers.groupId,
                tx.select({ id: groups.id }).from(groups).where(eq(groups.platform, account.platform)),
              ),
            ),
          );
        return {
          kind: "unlinked",
          member: toMember(own),
          remaining: [...new Set(others.map((o) => o.platform as Platform))].sort(),
        };
      });
    },
  };
}
