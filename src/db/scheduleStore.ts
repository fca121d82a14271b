// The scheduler's port, implemented with drizzle: pointers, the send log, and the figures sends report.
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { SLOTS, type Slot } from "../core/nudges/kinds.js";
import type { ClaimedSend, DueMember, Group, MemberRecipient, ScheduleStore } from "../core/nudges/ports.js";
import type { Platform } from "../core/ports.js";
import { LOCALES, type Locale } from "../core/roadmap/types.js";
import { addDays, type LocalDate } from "../core/time/dates.js";
import type { Database } from "./client.js";
import { rawRows } from "./rawRows.js";
import { checkins, groupMembers, groups, identities, members, sends } from "./schema/index.js";
import { toMember } from "./store.js";

type GroupRow = typeof groups.$inferSelect;
type MemberRow = typeof members.$inferSelect;
type IdentityRow = typeof identities.$inferSelect;

const MEMBER_POINTER = {
  morning: members.nextMorningAt,
  evening: members.nextEveningAt,
  recap: members.nextRecapAt,
} as const;

/** Every slot's "next due" pointer and the table it lives in. */
const POINTER: Record<Slot, { table: typeof members | typeof groups; column: PgColumn }> = {
  morning: { table: members, column: MEMBER_POINTER.morning },
  evening: { table: members, column: MEMBER_POINTER.evening },
  recap: { table: members, column: MEMBER_POINTER.recap },
  summary: { table: groups, column: groups.nextSummaryAt },
};

/** `ms` after the database's now(): lease times come from the one clock every instance shares. */
function fromDbNow(ms: number): SQL {
  return sql`now() + ${ms}::double precision * interval '1 millisecond'`;
}

/** The claim is still this instance's: not finished, and not taken over by another instance. */
function ownClaim(key: string, instance: string): SQL | undefined {
  return and(eq(sends.key, key), eq(sends.state, "claimed"), eq(sends.claimedBy, instance));
}

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
    publicCheckins: row.publicCheckins,
  };
}

function toRecipient(member: MemberRow, identity: IdentityRow | null): MemberRecipient {
  return {
    ...toMember(member),
    dm:
      identity === null
        ? null
        : {
            platform: identity.platform as Platform,
            platformUserId: identity.platformUserId,
            unreachable: identity.unreachableSince !== null,
          },
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
      byId.set(member.id, toRecipient(member, identity));
    }
    return [...byId.values()];
  }

  return {
    async dueSlots(now) {
      const at = sql`${now.toISOString()}::timestamptz`;
      const probes = SLOTS.map((slot) => {
        const { table, column } = POINTER[slot];
        return sql`exists(select 1 from ${table} where ${column} <= ${at}) as ${sql.identifier(slot)}`;
      });
      const [row] = await rawRows<Record<Slot, boolean>>(db, sql`select ${sql.join(probes, sql`, `)}`);
      return new Set(SLOTS.filter((slot) => row?.[slot] === true));
    },

    async dueMembers(slot, now, limit) {
      const column = MEMBER_POINTER[slot];
      const rows = await db
        .select({ member: members, identity: identities, dueAt: column })
        .from(members)
        .leftJoin(identities, eq(identities.memberId, members.id))
        .where(lte(column, now))
        .orderBy(
          asc(column),
          asc(members.id),
          sql`${identities.unreachableSince} is not null`,
          asc(identities.platform),
        )
        .limit(limit * 2);
      const due = new Map<number, DueMember>();
      for (const row of rows) {
        if (row.dueAt === null || due.has(row.member.id)) continue;
        due.set(row.member.id, { member: toRecipient(row.member, row.identity), dueAt: row.dueAt });
      }
      return [...due.values()].slice(0, limit);
    },

    async dueGroups(now, limit) {
      const rows = await db
        .select()
        .from(groups)
        .where(lte(groups.nextSummaryAt, now))
        .orderBy(asc(groups.nextSummaryAt))
        .limit(limit);
      return rows.flatMap((row) =>
        row.nextSummaryAt === null ? [] : [{ group: toGroup(row), dueAt: row.nextSummaryAt }],
      );
    },

    async recentActiveDays(memberIds, from) {
      const days = new Map<number, Set<LocalDate>>(memberIds.map((id) => [id, new Set()]));
      if (memberIds.length === 0) return days;
      const rows = await db
        .selectDistinct({ memberId: checkins.memberId, date: checkins.localDate })
        .from(checkins)
        .where(and(inArray(checkins.memberId, memberIds), gte(checkins.localDate, from)));
      for (const row of rows) days.get(row.memberId)?.add(row.date);
      return days;
    },

    claimMany(slot, claims, meta) {
      if (claims.length === 0) return Promise.resolve(new Set<string>());
      const pointers = JSON.stringify(
        claims.map((c) => ({
          id: c.subjectId,
          due_at: c.dueAt.toISOString(),
          next_at: c.next?.toISOString() ?? null,
        })),
      );
      const table = slot === "summary" ? sql`groups` : sql`members`;
      const column = sql.raw(
        {
          morning: "next_morning_at",
          evening: "next_evening_at",
          recap: "next_recap_at",
          summary: "next_summary_at",
        }[slot],
      );
      return db.transaction(async (tx) => {
        // Compare-and-set on every pointer at once: only the process that moves a pointer records its send.
        // Rows are locked in id order and those another process holds are skipped (it is claiming them),
        // so concurrent ticks neither deadlock nor wait on each other.
        const advanced = await rawRows<{ id: number }>(
          tx,
          sql`with v as (
                select * from jsonb_to_recordset(${pointers}::jsonb) as v(id int, due_at timestamptz, next_at timestamptz)
              ), mine as (
                select t.id, v.next_at from ${table} t join v on v.id = t.id
                -- Read back through JavaScript, a pointer keeps milliseconds only: compare at that precision.
                where date_trunc('milliseconds', t.${column}) = v.due_at
                order by t.id
                for update of t skip locked
              )
              update ${table} t set ${column} = mine.next_at from mine where t.id = mine.id
              returning t.id`,
        );
        const moved = new Set(advanced.map((r) => Number(r.id)));
        const rows = JSON.stringify(
          claims
            .filter((c) => moved.has(c.subjectId))
            .map((c) => ({
              key: c.key,
              kind: c.kind,
              subject_id: c.subjectId,
              due_at: c.dueAt.toISOString(),
              state: c.state,
              detail: c.detail,
            })),
        );
        // One statement for the whole batch: a row per parameter would pass Postgres's parameter limit.
        const inserted = await rawRows<{ key: string }>(
          tx,
          sql`insert into ${sends} (key, kind, slot, subject_id, due_at, state, lease_until, claimed_by, detail, updated_at)
              select v.key, v.kind, ${slot}, v.subject_id, v.due_at, v.state,
                     case when v.state = 'claimed' then ${fromDbNow(meta.leaseMs)} end,
                     ${meta.instance}, v.detail, ${meta.now.toISOString()}::timestamptz
              from jsonb_to_recordset(${rows}::jsonb)
                as v(key text, kind text, subject_id int, due_at timestamptz, state text, detail text)
              on conflict (key) do nothing
              returning key`,
        );
        return new Set(inserted.map((r) => r.key));
      });
    },

    async retakeExpired(instance, leaseMs, now, limit) {
      const expired = sql`${sends.state} = 'claimed' and ${sends.leaseUntil} < now()`;
      const oldest = db
        .select({ key: sends.key })
        .from(sends)
        .where(expired)
        .orderBy(asc(sends.leaseUntil))
        .limit(limit)
        .for("update", { skipLocked: true });
      const rows = await db
        .update(sends)
        .set({ leaseUntil: fromDbNow(leaseMs), claimedBy: instance, updatedAt: now })
        .where(and(inArray(sends.key, oldest), expired))
        .returning();
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

    async holdClaim(key, instance, leaseMs) {
      const held = await db
        .update(sends)
        .set({ leaseUntil: fromDbNow(leaseMs) })
        .where(ownClaim(key, instance))
        .returning({ key: sends.key });
      return held.length > 0;
    },

    async finish(key, instance, state, detail, now) {
      const done = await db
        .update(sends)
        .set({ state, detail, leaseUntil: null, updatedAt: now })
        .where(ownClaim(key, instance))
        .returning({ key: sends.key });
      return done.length > 0;
    },

    async retryAfter(key, instance, delayMs, detail, now) {
      const later = await db
        .update(sends)
        .set({ leaseUntil: fromDbNow(delayMs), detail, attempts: sql`${sends.attempts} + 1`, updatedAt: now })
        .where(ownClaim(key, instance))
        .returning({ key: sends.key });
      return later.length > 0;
    },

    async releaseClaims(keys, instance) {
      if (keys.length === 0) return;
      await db
        .update(sends)
        .set({ leaseUntil: sql`now()` })
        .where(and(inArray(sends.key, keys), eq(sends.state, "claimed"), eq(sends.claimedBy, instance)));
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
        publicCheckins: settings.publicCheckins,
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
