// The scheduler's port, implemented with drizzle: pointers, the send log, and the figures sends report.
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Platform } from "../core/ports.js";
import { LOCALES, type Locale } from "../core/roadmap/types.js";
import type { Slot } from "../core/schedule/kinds.js";
import type { ClaimedSend, DueSlot, Group, MemberRecipient, ScheduleStore } from "../core/schedule/ports.js";
import { addDays, type LocalDate } from "../core/time/dates.js";
import type { Database } from "./client.js";
import { checkins, groupMembers, groups, identities, members, sends } from "./schema/index.js";
import { toMember } from "./store.js";

type GroupRow = typeof groups.$inferSelect;

const MEMBER_POINTER = {
  morning: members.nextMorningAt,
  evening: members.nextEveningAt,
  recap: members.nextRecapAt,
} as const;

const MEMBER_POINTER_FIELD = {
  morning: "nextMorningAt",
  evening: "nextEveningAt",
  recap: "nextRecapAt",
} as const;

function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    platform: row.platform as Platform,
    chatId: row.chatId,
    title: row.title,
    timezone: row.timezone,
    summaryChannelId: row.summaryChannelId,
    summaryWeekday: row.summaryWeekday,
    summaryTime: row.summaryTime,
    locale: (LOCALES.find((l) => l === row.locale) ?? null) as Locale | null,
  };
}

export function createScheduleStore(db: Database): ScheduleStore {
  async function recipients(where: SQL): Promise<MemberRecipient[]> {
    const rows = await db
      .select({ member: members, identity: identities })
      .from(members)
      .leftJoin(identities, eq(identities.memberId, members.id))
      .where(where)
      // Per member, a reachable account first: that is where DMs go.
      .orderBy(asc(members.id), sql`${identities.unreachableSince} is not null`, asc(identities.platform));
    const byId = new Map<number, MemberRecipient>();
    for (const { member, identity } of rows) {
      if (byId.has(member.id)) continue;
      byId.set(member.id, {
        ...toMember(member),
        dm:
          identity === null
            ? null
            : {
                platform: identity.platform as Platform,
                platformUserId: identity.platformUserId,
                unreachable: identity.unreachableSince !== null,
              },
      });
    }
    return [...byId.values()];
  }

  return {
    async dueSlots(now, limit) {
      const memberSlots = (["morning", "evening", "recap"] as const).map(async (slot) => {
        const column = MEMBER_POINTER[slot];
        const rows = await db
          .select({ subjectId: members.id, dueAt: column })
          .from(members)
          .where(lte(column, now))
          .orderBy(asc(column))
          .limit(limit);
        return rows.flatMap((r) =>
          r.dueAt === null ? [] : [{ slot, subjectId: r.subjectId, dueAt: r.dueAt }],
        );
      });
      const groupSlots = db
        .select({ subjectId: groups.id, dueAt: groups.nextSummaryAt })
        .from(groups)
        .where(lte(groups.nextSummaryAt, now))
        .orderBy(asc(groups.nextSummaryAt))
        .limit(limit)
        .then((rows) =>
          rows.flatMap((r) =>
            r.dueAt === null ? [] : [{ slot: "summary" as Slot, subjectId: r.subjectId, dueAt: r.dueAt }],
          ),
        );
      const all: DueSlot[] = (await Promise.all([...memberSlots, groupSlots])).flat();
      return all.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()).slice(0, limit);
    },

    claim(c) {
      return db.transaction(async (tx) => {
        const advanced =
          c.slot === "summary"
            ? await tx
                .update(groups)
                .set({ nextSummaryAt: c.next })
                .where(and(eq(groups.id, c.subjectId), eq(groups.nextSummaryAt, c.dueAt)))
                .returning({ id: groups.id })
            : await tx
                .update(members)
                .set({ [MEMBER_POINTER_FIELD[c.slot]]: c.next })
                .where(and(eq(members.id, c.subjectId), eq(MEMBER_POINTER[c.slot], c.dueAt)))
                .returning({ id: members.id });
        if (advanced.length === 0) return false;
        const inserted = await tx
          .insert(sends)
          .values({
            key: c.key,
            kind: c.kind,
            slot: c.slot,
            subjectId: c.subjectId,
            dueAt: c.dueAt,
            state: c.state,
            leaseUntil: c.state === "claimed" ? c.leaseUntil : null,
            claimedBy: c.instance,
            detail: c.detail,
            updatedAt: c.now,
          })
          .onConflictDoNothing()
          .returning({ key: sends.key });
        return inserted.length > 0;
      });
    },

    async expiredClaims(now, limit) {
      const rows = await db
        .select()
        .from(sends)
        .where(and(eq(sends.state, "claimed"), lt(sends.leaseUntil, now)))
        .orderBy(asc(sends.leaseUntil))
        .limit(limit);
      return rows.map(
        (r): ClaimedSend => ({
          key: r.key,
          kind: r.kind as ClaimedSend["kind"],
          slot: r.slot as Slot,
          subjectId: r.subjectId,
          dueAt: r.dueAt,
          attempts: r.attempts,
        }),
      );
    },

    async retake(key, now, leaseUntil, instance) {
      const rows = await db
        .update(sends)
        .set({ leaseUntil, claimedBy: instance, updatedAt: now })
        .where(and(eq(sends.key, key), eq(sends.state, "claimed"), lt(sends.leaseUntil, now)))
        .returning({ key: sends.key });
      return rows.length > 0;
    },

    async finish(key, state, detail, now) {
      await db
        .update(sends)
        .set({ state, detail, leaseUntil: null, updatedAt: now })
        .where(eq(sends.key, key));
    },

    async retryAt(key, at, detail, now) {
      await db
        .update(sends)
        .set({ leaseUntil: at, detail, attempts: sql`${sends.attempts} + 1`, updatedAt: now })
        .where(eq(sends.key, key));
    },

    async recordedKeys(keys) {
      if (keys.length === 0) return new Set();
      const rows = await db.select({ key: sends.key }).from(sends).where(inArray(sends.key, keys));
      return new Set(rows.map((r) => r.key));
    },

    async member(memberId) {
      const [found] = await recipients(eq(members.id, memberId));
      return found ?? null;
    },

    startedMembers: () => recipients(isNotNull(members.roadmapStart)),

    async group(groupId) {
      const [row] = await db.select().from(groups).where(eq(groups.id, groupId));
      return row === undefined ? null : toGroup(row);
    },

    async groupsWithSummary() {
      const rows = await db.select().from(groups).where(isNotNull(groups.summaryChannelId));
      return rows.map(toGroup);
    },

    async markUnreachable(platform, platformUserId, now) {
      await db
        .update(identities)
        .set({ unreachableSince: now })
        .where(and(eq(identities.platform, platform), eq(identities.platformUserId, platformUserId)));
    },

    async setGroupPointer(groupId, next) {
      await db.update(groups).set({ nextSummaryAt: next }).where(eq(groups.id, groupId));
    },

    async setupGroup(ref, settings) {
      const values = {
        timezone: settings.timezone,
        summaryChannelId: settings.summaryChannelId,
        summaryWeekday: settings.summaryWeekday,
        summaryTime: settings.summaryTime,
        locale: settings.locale,
      };
      const [row] = await db
        .insert(groups)
        .values({ platform: ref.platform, chatId: ref.chatId, title: ref.title, ...values })
        .onConflictDoUpdate({
          target: [groups.platform, groups.chatId],
          set: { title: ref.title, ...values },
        })
        .returning();
      if (row === undefined) throw new Error("group upsert returned nothing");
      return toGroup(row);
    },

    async groupByChat(platform, chatId) {
      const [row] = await db
        .select()
        .from(groups)
        .where(and(eq(groups.platform, platform), eq(groups.chatId, chatId)));
      return row === undefined ? null : toGroup(row);
    },

    async dailyMinutes(memberId, from, to) {
      const rows = await db
        .select({ date: checkins.localDate, minutes: sql<number>`sum(${checkins.minutes})::int` })
        .from(checkins)
        .where(
          and(eq(checkins.memberId, memberId), gte(checkins.localDate, from), lte(checkins.localDate, to)),
        )
        .groupBy(checkins.localDate);
      return new Map(rows.map((r) => [r.date, Number(r.minutes)]));
    },

    async groupMinutes(groupId, from, to) {
      const inRange = and(
        eq(checkins.memberId, members.id),
        from === null ? undefined : gte(checkins.localDate, from),
        lte(checkins.localDate, to),
      );
      const rows = await db
        .select({
          memberId: members.id,
          displayName: members.displayName,
          optedOut: members.leaderboardOptOut,
          minutes: sql<number>`coalesce(sum(${checkins.minutes}), 0)::int`,
          unreachable: sql<boolean>`exists (select 1 from ${identities} where ${identities.memberId} = ${members.id} and ${identities.unreachableSince} is not null)`,
        })
        .from(groupMembers)
        .innerJoin(members, eq(members.id, groupMembers.memberId))
        .leftJoin(checkins, inRange)
        .where(eq(groupMembers.groupId, groupId))
        .groupBy(members.id)
        .orderBy(desc(sql`coalesce(sum(${checkins.minutes}), 0)`));
      return rows.map((r) => ({ ...r, minutes: Number(r.minutes), unreachable: Boolean(r.unreachable) }));
    },

    async groupWeeklyTotals(groupId, mondays) {
      if (mondays.length === 0) return [];
      const sorted = [...mondays].sort();
      const first = sorted[0] as LocalDate;
      const last = addDays(sorted[sorted.length - 1] as LocalDate, 6);
      const rows = await db
        .select({ date: checkins.localDate, minutes: sql<number>`sum(${checkins.minutes})::int` })
        .from(checkins)
        .innerJoin(groupMembers, eq(groupMembers.memberId, checkins.memberId))
        .where(
          and(
            eq(groupMembers.groupId, groupId),
            gte(checkins.localDate, first),
            lte(checkins.localDate, last),
          ),
        )
        .groupBy(checkins.localDate);
      return mondays.map((monday) =>
        rows
          .filter((r) => r.date >= monday && r.date <= addDays(monday, 6))
          .reduce((sum, r) => sum + Number(r.minutes), 0),
      );
    },
  };
}
