// The Store's squads (/squad): who is in which, and each member's days, read in one query.
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Store } from "../core/ports.js";
import { SQUAD_MAX_MEMBERS, type Squad, type SquadStore } from "../core/squads/ports.js";
import type { LocalDate } from "../core/time/dates.js";
import type { Database } from "./client.js";
import { checkinDays, groupMembers, members, squadMembers, squads } from "./schema/index.js";

const sameName = (groupId: number, name: string) =>
  and(eq(squads.groupId, groupId), sql`lower(${squads.name}) = lower(${name})`);

async function squadNameOf(db: Database, groupId: number, memberId: number) {
  const [row] = await db
    .select({ id: squads.id, name: squads.name })
    .from(squadMembers)
    .innerJoin(squads, eq(squads.id, squadMembers.squadId))
    .where(and(eq(squadMembers.groupId, groupId), eq(squadMembers.memberId, memberId)));
  return row ?? null;
}

export function squadStore(db: Database): Pick<Store, keyof SquadStore> {
  return {
    createSquad(groupId, memberId, name, at) {
      return db.transaction(async (tx) => {
        const mine = await squadNameOf(tx, groupId, memberId);
        if (mine !== null) return { kind: "alreadyIn", name: mine.name } as const;
        const [created] = await tx
          .insert(squads)
          .values({ groupId, name, createdAt: at })
          .onConflictDoNothing()
          .returning({ id: squads.id });
        if (created === undefined) {
          const [taken] = await tx.select({ name: squads.name }).from(squads).where(sameName(groupId, name));
          return { kind: "nameTaken", name: taken?.name ?? name } as const;
        }
        await tx.insert(squadMembers).values({ squadId: created.id, groupId, memberId, joinedAt: at });
        return { kind: "created", squadId: created.id } as const;
      });
    },

    joinSquad(groupId, memberId, name, at) {
      return db.transaction(async (tx) => {
        // The squad's row is locked first, so two joins at once count one after the other.
        const [squad] = await tx
          .select({ id: squads.id, name: squads.name })
          .from(squads)
          .where(sameName(groupId, name))
          .for("update");
        const mine = await squadNameOf(tx, groupId, memberId);
        if (mine !== null) return { kind: "alreadyIn", name: mine.name } as const;
        if (squad === undefined) return { kind: "notFound" } as const;
        const [held] = await tx
          .select({ n: count() })
          .from(squadMembers)
          .where(eq(squadMembers.squadId, squad.id));
        if ((held?.n ?? 0) >= SQUAD_MAX_MEMBERS) return { kind: "full", name: squad.name } as const;
        const joined = await tx
          .insert(squadMembers)
          .values({ squadId: squad.id, groupId, memberId, joinedAt: at })
          .onConflictDoNothing()
          .returning({ squadId: squadMembers.squadId });
        if (joined.length === 0) return { kind: "alreadyIn", name: squad.name } as const;
        return { kind: "joined", squadId: squad.id, name: squad.name } as const;
      });
    },

    async leaveSquad(groupId, memberId) {
      const mine = await squadNameOf(db, groupId, memberId);
      if (mine === null) return { kind: "notIn" };
      // The last one out takes the squad with them (a trigger, migration 0020).
      await db
        .delete(squadMembers)
        .where(and(eq(squadMembers.groupId, groupId), eq(squadMembers.memberId, memberId)));
      const [left] = await db.select({ id: squads.id }).from(squads).where(eq(squads.id, mine.id));
      return { kind: "left", name: mine.name, dissolved: left === undefined };
    },

    async squadsOf(memberId, groupId, until, limit) {
      const mine = db
        .select({ squadId: squadMembers.squadId })
        .from(squadMembers)
        .where(
          groupId === null
            ? eq(squadMembers.memberId, memberId)
            : and(eq(squadMembers.memberId, memberId), eq(squadMembers.groupId, groupId)),
        );
      const recent = sql<LocalDate[]>`coalesce((
        select array_agg(d.day order by d.day desc) from (
          select ${checkinDays.localDate}::text as day from ${checkinDays}
          where ${checkinDays.memberId} = ${members.id} and ${checkinDays.localDate} <= ${until}
          order by ${checkinDays.localDate} desc limit ${limit}) d), '{}')`;
      const rows = await db
        .select({
          squadId: squads.id,
          groupId: squads.groupId,
          name: squads.name,
          member: members,
          groupName: groupMembers.displayName,
          activeDates: recent,
        })
        .from(squadMembers)
        .innerJoin(squads, eq(squads.id, squadMembers.squadId))
        .innerJoin(members, eq(members.id, squadMembers.memberId))
        .leftJoin(
          groupMembers,
          and(
            eq(groupMembers.groupId, squadMembers.groupId),
            eq(groupMembers.memberId, squadMembers.memberId),
          ),
        )
        .where(sql`${squadMembers.squadId} in ${mine}`)
        .orderBy(asc(squads.id), asc(squadMembers.joinedAt), asc(members.id));
      const byId = new Map<number, Squad>();
      for (const row of rows) {
        const squad = byId.get(row.squadId) ?? {
          id: row.squadId,
          groupId: row.groupId,
          name: row.name,
          members: [],
        };
        const m = row.member;
        squad.members.push({
          id: m.id,
          displayName: row.groupName ?? m.displayName,
          timezone: m.timezone,
          dayStart: m.dayStart,
          restDays: [...m.restDays],
          pausedDays: [...m.pausedDays],
          weeklyGoalMinutes: m.weeklyGoalMinutes,
          roadmapStart: m.roadmapStart,
          activeDates: [...row.activeDates],
        });
        byId.set(row.squadId, squad);
      }
      return [...byId.values()];
    },

    async groupSquads(groupId) {
      const rows = await db
        .select({ name: squads.name, memberId: squadMembers.memberId })
        .from(squads)
        .innerJoin(squadMembers, eq(squadMembers.squadId, squads.id))
        .where(eq(squads.groupId, groupId))
        .orderBy(asc(squads.name), asc(squadMembers.joinedAt));
      const byName = new Map<string, number[]>();
      for (const { name, memberId } of rows) byName.set(name, [...(byName.get(name) ?? []), memberId]);
      return [...byName].map(([name, memberIds]) => ({ name, memberIds }));
    },
  };
}
