// The figures sends report: minutes per day, member and week, and the days with a check-in.
import { and, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Figures } from "../../core/nudges/ports.js";
import { addDays, type LocalDate } from "../../core/time/dates.js";
import type { Database } from "../client.js";
import { checkins, groupMembers, identities, members } from "../schema/index.js";

export function createFigures(db: Database): Figures {
  return {
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
