// The core's Store port, implemented with drizzle on either database.
import { and, desc, eq, gt, gte, inArray, lte, or, sql } from "drizzle-orm";
import { MEMBER_SLOTS } from "../core/nudges/kinds.js";
import type {
  BoardScope,
  Checkin,
  DmState,
  GroupRef,
  Identity,
  Member,
  MemberPatch,
  NewCheckin,
  ProgressWindow,
  Store,
} from "../core/ports.js";
import { LOCALES, type Locale } from "../core/roadmap/types.js";
import type { Database } from "./client.js";
import { exportMember } from "./exportMember.js";
import { groupRoadmapStore } from "./groupRoadmapStore.js";
import { hotQueries } from "./hotQueries.js";
import { linkStore } from "./linkAccounts.js";
import { pointerValues } from "./pointerColumns.js";
import { toOutcome } from "./recordedRow.js";
import { createScheduleStore } from "./scheduleStore.js";
import {
  checkinDays,
  checkins,
  groupMembers,
  groups,
  identities,
  members,
  oneOffSends,
  processedEvents,
  sends,
} from "./schema/index.js";
import { squadStore } from "./squadStore.js";
import { taskTickStore } from "./taskTickStore.js";

type MemberRow = typeof members.$inferSelect;
type CheckinRow = typeof checkins.$inferSelect;

export function toMember(row: MemberRow): Member {
  const locale = LOCALES.find((l) => l === row.locale) ?? null;
  const seenLocale = LOCALES.find((l) => l === row.seenLocale) ?? null;
  return {
    id: row.id,
    displayName: row.displayName,
    timezone: row.timezone,
    locale: locale as Locale | null,
    seenLocale: seenLocale as Locale | null,
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

/** A core patch as column values. */
function toColumns(patch: MemberPatch): Partial<typeof members.$inferInsert> {
  const { quiet, pointers, ...plain } = patch;
  return {
    ...plain,
    ...(quiet !== undefined && { quietStart: quiet?.start ?? null, quietEnd: quiet?.end ?? null }),
    ...(pointers !== undefined && pointerValues(pointers)),
  };
}

function toCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    minutes: row.minutes,
    localDate: row.localDate,
    note: row.note,
    recordedAt: row.recordedAt,
  };
}

/**
 * How long a processed event is remembered: longer than any platform redelivers (Telegram keeps an
 * unconfirmed update for 24 h), short enough that the replies kept with them, which may quote a note, go soon.
 */
export const PROCESSED_EVENT_DAYS = 3;
/** At most this many expired records are removed per command, so no command pays for a backlog. */
const PRUNE_BATCH = 100;

/** Thrown inside a transaction to roll it back when another process created the same identity first. */
class IdentityTaken extends Error {}

export function createStore(db: Database): Store {
  const hot = hotQueries(db);

  async function memberByIdentity(
    identity: Identity,
    privately = false,
  ): Promise<({ member: MemberRow } & DmState) | undefined> {
    const [row] = await hot.memberByIdentity.execute({
      platform: identity.platform,
      platformUserId: identity.platformUserId,
    });
    if (row === undefined) return undefined;
    const username =
      identity.username === undefined ? row.username : (identity.username?.toLowerCase() ?? null);
    // Kept so members can name the account (/nudge @name); written only when it changed.
    if (username !== row.username) {
      await db
        .update(identities)
        .set({ username })
        .where(
          and(
            eq(identities.platform, identity.platform),
            eq(identities.platformUserId, identity.platformUserId),
          ),
        );
    }
    if (privately && (row.unreachableSince !== null || row.dmReachedAt === null)) {
      // Whoever writes to the bot in private can be reached there again.
      await db
        .update(identities)
        .set({ unreachableSince: null, dmReachedAt: sql`now()` })
        .where(
          and(
            eq(identities.platform, identity.platform),
            eq(identities.platformUserId, identity.platformUserId),
          ),
        );
    }
    return {
      member: row.member,
      dmRefused: row.unreachableSince !== null && !privately,
      dmUnproven: row.unreachableSince === null && row.dmReachedAt === null && !privately,
    };
  }

  return {
    onceForEvent(event, work) {
      const thisEvent = and(
        eq(processedEvents.platform, event.platform),
        eq(processedEvents.eventId, event.eventId),
      );
      return db.transaction(async (tx) => {
        // The record comes first: a second delivery of the same event waits here until the first commits.
        const claimed = await tx
          .insert(processedEvents)
          .values({ platform: event.platform, eventId: event.eventId, replyText: "" })
          .onConflictDoNothing()
          .returning({ eventId: processedEvents.eventId });
        if (claimed.length === 0) {
          const [seen] = await tx
            .select({ text: processedEvents.replyText, audience: processedEvents.replyAudience })
            .from(processedEvents)
            .where(thisEvent);
          if (seen === undefined) throw new Error("a processed event vanished while being read");
          return seen.audience === "group" ? { text: seen.text, audience: "group" } : { text: seen.text };
        }
        const { reply, memberId } = await work({ store: createStore(tx), schedule: createScheduleStore(tx) });
        await tx
          .update(processedEvents)
          .set({
            replyText: reply.text,
            replyAudience: reply.audience ?? null,
            // Null once /forget removed the member: the record must not bring them back.
            memberId: sql`(select ${members.id} from ${members} where ${members.id} = ${memberId})`,
          })
          .where(thisEvent);
        // Oldest first, by the processed_at index: without the order, a planner with no statistics (PGlite
        // never gathers them) scans the whole table, and every command pays for every event kept.
        await tx.execute(sql`
          delete from ${processedEvents} where (${processedEvents.platform}, ${processedEvents.eventId}) in (
            select ${processedEvents.platform}, ${processedEvents.eventId} from ${processedEvents}
            where ${processedEvents.processedAt} < now() - make_interval(days => ${PROCESSED_EVENT_DAYS})
            order by ${processedEvents.processedAt} limit ${PRUNE_BATCH} for update skip locked)`);
        return reply;
      });
    },

    async ensureMember(identity, defaults) {
      const seen = await memberByIdentity(identity, defaults.privately === true);
      if (seen !== undefined) {
        const { member: found, ...dm } = seen;
        const seenLocale = identity.locale ?? found.seenLocale;
        if (found.displayName === identity.displayName && found.seenLocale === seenLocale)
          return { ...toMember(found), ...dm };
        const [renamed] = await db
          .update(members)
          .set({ displayName: identity.displayName, seenLocale })
          .where(eq(members.id, found.id))
          .returning();
        return { ...toMember(renamed ?? found), ...dm };
      }
      try {
        return await db.transaction(async (tx) => {
          const [created] = await tx
            .insert(members)
            .values({
              displayName: identity.displayName,
              timezone: defaults.timezone,
              seenLocale: identity.locale ?? null,
            })
            .returning();
          if (created === undefined) throw new Error("member insert returned nothing");
          const linked = await tx
            .insert(identities)
            .values({
              platform: identity.platform,
              platformUserId: identity.platformUserId,
              memberId: created.id,
              dmReachedAt: defaults.privately === true ? sql`now()` : null,
              username: identity.username?.toLowerCase() ?? null,
            })
            .onConflictDoNothing()
            .returning();
          if (linked.length === 0) throw new IdentityTaken();
          return { ...toMember(created), dmRefused: false, dmUnproven: defaults.privately !== true };
        });
      } catch (error) {
        if (!(error instanceof IdentityTaken)) throw error;
        const winner = await memberByIdentity(identity);
        if (winner === undefined) throw new Error("identity vanished after a concurrent insert");
        const { member: _, ...dm } = winner;
        return { ...toMember(winner.member), ...dm };
      }
    },

    async updateMember(memberId: number, patch: MemberPatch) {
      const [row] = await db
        .update(members)
        .set(toColumns(patch))
        .where(eq(members.id, memberId))
        .returning();
      if (row === undefined) throw new Error(`member ${memberId} not found`);
      return toMember(row);
    },

    async ensureGroupMember(memberId: number, group: GroupRef, displayName?: string) {
      const [row] = await db
        .insert(groups)
        .values({
          platform: group.platform,
          chatId: group.chatId,
          title: group.title,
          timezone: group.timezone,
        })
        .onConflictDoUpdate({ target: [groups.platform, groups.chatId], set: { title: group.title } })
        .returning({
          id: groups.id,
          publicCheckins: groups.publicCheckins,
          roadmapKey: groups.roadmapKey,
          // Read with the upsert, so the hot path keeps its round trips.
          offBoard: sql<boolean>`coalesce((select ${groupMembers.offBoard} from ${groupMembers} where ${groupMembers.groupId} = ${groups.id} and ${groupMembers.memberId} = ${memberId}), false)`,
        });
      if (row === undefined) throw new Error("group upsert returned nothing");
      const name = displayName ?? null;
      // Written only when the name in this group changed: no write on the hot path otherwise.
      const joined = await db
        .insert(groupMembers)
        .values({ groupId: row.id, memberId, displayName: name })
        .onConflictDoUpdate({
          target: [groupMembers.groupId, groupMembers.memberId],
          set: { displayName: name },
          setWhere: sql`${groupMembers.displayName} is distinct from ${name}`,
        })
        .returning({ inserted: sql<boolean>`xmax = 0` });
      // A newcomer follows the group's roadmap, as its members already do.
      if (joined.some((r) => r.inserted) && row.roadmapKey !== null) {
        await db.update(members).set({ roadmapKey: row.roadmapKey }).where(eq(members.id, memberId));
      }
      return row;
    },

    async setOnBoard(memberId: number, scope: BoardScope, shown: boolean) {
      const mine = eq(groupMembers.memberId, memberId);
      if (scope === "all") {
        await db.update(members).set({ leaderboardOptOut: !shown }).where(eq(members.id, memberId));
        await db.update(groupMembers).set({ offBoard: false }).where(mine);
        return;
      }
      if (shown) {
        // Back on one board while off all of them: off every other group, one by one.
        const [wasOff] = await db
          .update(members)
          .set({ leaderboardOptOut: false })
          .where(and(eq(members.id, memberId), eq(members.leaderboardOptOut, true)))
          .returning({ id: members.id });
        if (wasOff !== undefined) await db.update(groupMembers).set({ offBoard: true }).where(mine);
      }
      await db
        .update(groupMembers)
        .set({ offBoard: !shown })
        .where(and(mine, eq(groupMembers.groupId, scope.groupId)));
    },

    async recordCheckin(
      input: NewCheckin,
      maxDayMinutes: number,
      window: ProgressWindow,
      repeatAfter = null,
    ) {
      // One call to the record_checkin function (migration 0005): it locks the member, so the daily cap
      // holds under concurrent deliveries, and returns the outcome with the progress it reads after.
      const [row] = await hot.recordCheckin.execute({
        ...input,
        recordedAt: input.recordedAt.toISOString(),
        maxDayMinutes,
        ...window,
        repeatAfter: repeatAfter?.toISOString() ?? null,
      });
      if (row === undefined) throw new Error("record_checkin returned nothing");
      return toOutcome(row);
    },

    async latestCheckin(memberId: number, after: Date) {
      const [latest] = await db
        .select()
        .from(checkins)
        .where(and(eq(checkins.memberId, memberId), gt(checkins.recordedAt, after)))
        .orderBy(desc(checkins.recordedAt), desc(checkins.id))
        .limit(1);
      return latest === undefined ? null : toCheckin(latest);
    },

    removeLatestCheckin(memberId: number, after: Date, expectedId?: number) {
      return db.transaction(async (tx) => {
        const [latest] = await tx
          .select()
          .from(checkins)
          .where(and(eq(checkins.memberId, memberId), gt(checkins.recordedAt, after)))
          .orderBy(desc(checkins.recordedAt), desc(checkins.id))
          .limit(1)
          .for("update");
        if (latest === undefined || (expectedId !== undefined && latest.id !== expectedId)) return null;
        await tx.delete(checkins).where(eq(checkins.id, latest.id));
        return toCheckin(latest);
      });
    },

    // Minutes and active days come from checkin_days, the totals record_checkin reads too: one row per
    // day instead of one per check-in, and the same figures the confirmations show.
    async minutesBetween(memberId, from, to) {
      const [row] = await db
        .select({ minutes: sql<number>`coalesce(sum(${checkinDays.minutes}), 0)::int` })
        .from(checkinDays)
        .where(
          and(
            eq(checkinDays.memberId, memberId),
            gte(checkinDays.localDate, from),
            lte(checkinDays.localDate, to),
          ),
        );
      return Number(row?.minutes ?? 0);
    },

    async totalMinutes(memberId) {
      const [row] = await db
        .select({ minutes: sql<number>`coalesce(sum(${checkinDays.minutes}), 0)::int` })
        .from(checkinDays)
        .where(eq(checkinDays.memberId, memberId));
      return Number(row?.minutes ?? 0);
    },

    exportMember(memberId) {
      return exportMember(db, memberId);
    },

    async forgetMember(memberId) {
      await db.transaction(async (tx) => {
        await tx
          .delete(sends)
          .where(and(eq(sends.subjectId, memberId), inArray(sends.slot, [...MEMBER_SLOTS])));
        // One-off sends about the member, or from them: the outbox rows go with the member below.
        const about = tx
          .select({ id: oneOffSends.id })
          .from(oneOffSends)
          .where(or(eq(oneOffSends.memberId, memberId), eq(oneOffSends.fromMemberId, memberId)));
        await tx.delete(sends).where(and(eq(sends.slot, "oneoff"), inArray(sends.subjectId, about)));
        // Identities, memberships, check-ins and the rest go with the member (on delete cascade).
        await tx.delete(members).where(eq(members.id, memberId));
      });
    },

    async activeDates(memberId, until, limit) {
      const rows = await db
        .select({ date: checkinDays.localDate })
        .from(checkinDays)
        .where(and(eq(checkinDays.memberId, memberId), lte(checkinDays.localDate, until)))
        .orderBy(desc(checkinDays.localDate))
        .limit(limit);
      return rows.map((r) => r.date);
    },
    ...taskTickStore(db),
    ...groupRoadmapStore(db),
    ...squadStore(db),
    ...linkStore(db),
  };
}
