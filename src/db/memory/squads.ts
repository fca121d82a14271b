// Squads as the squads and squad_members tables keep them, with migration 0020's rule: no empty squad.
import type { Store } from "../../core/ports.js";
import { SQUAD_MAX_MEMBERS, type Squad, type SquadStore } from "../../core/squads/ports.js";
import { activeDates } from "./checkins.js";
import type { Db, Scope, SquadRow } from "./state.js";

const memberKey = (groupId: number, memberId: number) => `${groupId}:${memberId}`;

function named(db: Db, groupId: number, name: string): SquadRow | undefined {
  const wanted = name.toLowerCase();
  return [...db.t.squads.values()].find((s) => s.groupId === groupId && s.name.toLowerCase() === wanted);
}

function squadOf(db: Db, groupId: number, memberId: number): SquadRow | undefined {
  const row = db.t.squadMembers.get(memberKey(groupId, memberId));
  return row === undefined ? undefined : db.t.squads.get(row.squadId);
}

const membersOf = (db: Db, squadId: number) =>
  [...db.t.squadMembers.values()]
    .filter((r) => r.squadId === squadId)
    .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.memberId - b.memberId);

/** The trigger of migration 0020: a squad with nobody left goes. */
export function dropEmptySquads(db: Db): void {
  for (const id of db.t.squads.keys()) if (membersOf(db, id).length === 0) db.t.squads.delete(id);
}

export function memorySquads(scope: Scope): Pick<Store, keyof SquadStore> {
  return {
    createSquad: (groupId, memberId, name, at) =>
      scope.run((db) => {
        const mine = squadOf(db, groupId, memberId);
        if (mine !== undefined) return { kind: "alreadyIn", name: mine.name } as const;
        const taken = named(db, groupId, name);
        if (taken !== undefined) return { kind: "nameTaken", name: taken.name } as const;
        if (!db.t.groupMembers.has(memberKey(groupId, memberId)))
          throw new Error(`member ${memberId} is not in group ${groupId}`);
        const id = db.nextId("squads");
        db.t.squads.set(id, { id, groupId, name, createdAt: new Date(at) });
        db.t.squadMembers.set(memberKey(groupId, memberId), {
          squadId: id,
          groupId,
          memberId,
          joinedAt: new Date(at),
        });
        return { kind: "created", squadId: id } as const;
      }),
    joinSquad: (groupId, memberId, name, at) =>
      scope.run((db) => {
        const mine = squadOf(db, groupId, memberId);
        if (mine !== undefined) return { kind: "alreadyIn", name: mine.name } as const;
        const squad = named(db, groupId, name);
        if (squad === undefined) return { kind: "notFound" } as const;
        if (membersOf(db, squad.id).length >= SQUAD_MAX_MEMBERS)
          return { kind: "full", name: squad.name } as const;
        if (!db.t.groupMembers.has(memberKey(groupId, memberId)))
          throw new Error(`member ${memberId} is not in group ${groupId}`);
        db.t.squadMembers.set(memberKey(groupId, memberId), {
          squadId: squad.id,
          groupId,
          memberId,
          joinedAt: new Date(at),
        });
        return { kind: "joined", squadId: squad.id, name: squad.name } as const;
      }),
    leaveSquad: (groupId, memberId) =>
      scope.run((db) => {
        const mine = squadOf(db, groupId, memberId);
        if (mine === undefined) return { kind: "notIn" } as const;
        db.t.squadMembers.delete(memberKey(groupId, memberId));
        dropEmptySquads(db);
        return { kind: "left", name: mine.name, dissolved: !db.t.squads.has(mine.id) } as const;
      }),
    squadsOf: (memberId, groupId, until, limit) =>
      scope.run((db) => {
        const mine = [...db.t.squadMembers.values()].filter(
          (r) => r.memberId === memberId && (groupId === null || r.groupId === groupId),
        );
        const squads: Squad[] = [];
        for (const { squadId } of mine.sort((a, b) => a.squadId - b.squadId)) {
          const squad = db.t.squads.get(squadId);
          if (squad === undefined) continue;
          const members = membersOf(db, squadId).flatMap(({ memberId: id }) => {
            const m = db.t.members.get(id);
            if (m === undefined) return [];
            const inGroup = db.t.groupMembers.get(memberKey(squad.groupId, id));
            return [
              {
                id,
                displayName: inGroup?.displayName ?? m.displayName,
                timezone: m.timezone,
                dayStart: m.dayStart,
                restDays: [...m.restDays],
                pausedDays: [...m.pausedDays],
                weeklyGoalMinutes: m.weeklyGoalMinutes,
                roadmapStart: m.roadmapStart,
                activeDates: activeDates(db, id, until, limit),
              },
            ];
          });
          squads.push({ id: squad.id, groupId: squad.groupId, name: squad.name, members });
        }
        return squads;
      }),
    groupSquads: (groupId) =>
      scope.run((db) =>
        [...db.t.squads.values()]
          .filter((s) => s.groupId === groupId)
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((s) => ({ name: s.name, memberIds: membersOf(db, s.id).map((r) => r.memberId) })),
      ),
  };
}
