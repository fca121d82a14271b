// The figures sends report: minutes per day, member and week, and the days with a check-in. All read
// checkin_days, the per-day totals the trigger keeps, so every figure agrees with the confirmations.
import { and, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import type { Figures } from "../../core/nudges/ports.js";
import { addDays, type LocalDate } from "../../core/time/dates.js";
import type { Database } from "../client.js";
import { checkinDays, groupMembers, identities, members, mockAnswers } from "../schema/index.js";

export function createFigures(db: Database): Figures {
  return {
    async recentActiveDays(memberIds, from) {
      const days = new Map<number, Set<LocalDate>>(memberIds.map((id) => [id, new Set()]));
      if (memberIds.length === 0) return days;
      // A day's row exists exactly while it has minutes.
      const rows = await db
        .select({ memberId: checkinDays.memberId, date: checkinDays.localDate })
        .from(checkinDays)
        .where(and(inArray(checkinDays.memberId, memberIds), gte(checkinDays.localDate, from)));
      for (const row of rows) days.get(row.memberId)?.add(row.date);
      return days;
    },

    async lastActiveDays(memberIds) {
      if (memberIds.length === 0) return new Map();
      // A member drilling interviews without logging hours is studying all the same.
      const rows = await db
        .select({
          memberId: members.id,
          date: sql<string | null>`greatest(
            (select max(${checkinDays.localDate}) from ${checkinDays} where ${checkinDays.memberId} = ${members.id}),
            (select max(${mockAnswers.localDate}) from ${mockAnswers} where ${mockAnswers.memberId} = ${members.id})
          )::text`,
        })
        .from(members)
        .where(inArray(members.id, memberIds));
      return new Map(rows.flatMap((r) => (r.date === null ? [] : [[r.memberId, r.date] as const])));
    },

    async dailyMinutes(memberId, from, to) {
      const rows = await db
        .select({ date: checkinDays.localDate, minutes: checkinDays.minutes })
        .from(checkinDays)
        .where(
          and(
            eq(checkinDays.memberId, memberId),
            gte(checkinDays.localDate, from),
            lte(checkinDays.localDate, to),
          ),
        );
      return new Map(rows.map((r) => [r.date, r.minutes]));
    },

    async groupMinutes(groupId, from, to) {
      const inRange = and(
        eq(checkinDays.memberId, members.id),
        from === null ? undefined : gte(checkinDays.localDate, from),
        lte(checkinDays.localDate, to),
      );
      const minutes = sql<number>`coalesce(sum(${checkinDays.minutes}), 0)::int`;
      const rows = await db
        .select({
          memberId: members.id,
          // The name this group knows the member by (a server nickname), else their name anywhere.
          displayName: sql<string>`coalesce(${groupMembers.displayName}, ${members.displayName})`,
          optedOut: sql<boolean>`${members.leaderboardOptOut} or ${groupMembers.offBoard}`,
          weeklyGoalMinutes: members.weeklyGoalMinutes,
          roadmapStart: members.roadmapStart,
          restDays: members.restDays,
          pausedDays: members.pausedDays,
          minutes,
          unreachable: sql<boolean>`exists (select 1 from ${identities} where ${identities.memberId} = ${members.id} and ${identities.unreachableSince} is not null)`,
        })
        .from(groupMembers)
        .innerJoin(members, eq(members.id, groupMembers.memberId))
        .leftJoin(checkinDays, inRange)
        .where(eq(groupMembers.groupId, groupId))
        .groupBy(members.id, groupMembers.displayName, groupMembers.offBoard)
        .orderBy(desc(minutes));
      return rows.map(({ weeklyGoalMinutes, roadmapStart, restDays, pausedDays, ...r }) => ({
        ...r,
        minutes: Number(r.minutes),
        unreachable: Boolean(r.unreachable),
        goal: { weeklyGoalMinutes, roadmapStart, restDays, pausedDays },
      }));
    },

    async groupMemberWeeklyMinutes(groupId, mondays) {
      const byMember = new Map<number, number[]>();
      if (mondays.length === 0) return byMember;
      const sorted = [...mondays].sort();
      const first = sorted[0] as LocalDate;
      const last = addDays(sorted[sorted.length - 1] as LocalDate, 6);
      const rows = await db
        .select({ memberId: checkinDays.memberId, date: checkinDays.localDate, minutes: checkinDays.minutes })
        .from(checkinDays)
        .innerJoin(groupMembers, eq(groupMembers.memberId, checkinDays.memberId))
        .where(
          and(
            eq(groupMembers.groupId, groupId),
            gte(checkinDays.localDate, first),
            lte(checkinDays.localDate, last),
          ),
        );
      for (const row of rows) {
        const week = mondays.findIndex((monday) => row.date >= monday && row.date <= addDays(monday, 6));
        if (week === -1) continue;
        const weeks = byMember.get(row.memberId) ?? mondays.map(() => 0);
        weeks[week] = (weeks[week] ?? 0) + Number(row.minutes);
        byMember.set(row.memberId, weeks);
      }
      return byMember;
    },

    async groupWeeklyTotals(groupId, mondays) {
      if (mondays.length === 0) return [];
      const sorted = [...mondays].sort();
      const first = sorted[0] as LocalDate;
      const last = addDays(sorted[sorted.length - 1] as LocalDate, 6);
      const rows = await db
        .select({ date: checkinDays.localDate, minutes: sql<number>`sum(${checkinDays.minutes})::int` })
        .from(checkinDays)
        .innerJoin(groupMembers, eq(groupMembers.memberId, checkinDays.memberId))
        .where(
          and(
            eq(groupMembers.groupId, groupId),
            gte(checkinDays.localDate, first),
            lte(checkinDays.localDate, last),
          ),
        )
        .groupBy(checkinDays.localDate);
      return mondays.map((monday) =>
        rows
          .filter((r) => r.date >= monday && r.date <= addDays(monday, 6))
          .reduce((sum, r) => sum + Number(r.minutes), 0),
      );
    },
  };
}
