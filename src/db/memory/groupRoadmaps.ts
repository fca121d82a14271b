// The roadmaps groups follow and the ones their admins uploaded, as the groups and group_roadmaps tables keep them.
import type { Store } from "../../core/ports.js";
import { type Db, identityKey, type Scope } from "./state.js";

export function memoryGroupRoadmaps(
  scope: Scope,
): Pick<Store, "chooseGroupRoadmap" | "saveGroupRoadmap" | "groupRoadmap" | "roadmapKeyOf"> {
  return {
    chooseGroupRoadmap: (groupId, key) =>
      scope.run((db: Db) => {
        const group = db.t.groups.get(groupId);
        if (group === undefined) throw new Error(`no group ${groupId}`);
        db.t.groups.set(groupId, { ...group, roadmapKey: key });
        let following = 0;
        for (const membership of db.t.groupMembers.values()) {
          const member = membership.groupId === groupId ? db.t.members.get(membership.memberId) : undefined;
          if (member === undefined) continue;
          db.t.members.set(member.id, { ...member, roadmapKey: key });
          following += 1;
        }
        return following;
      }),
    saveGroupRoadmap: (groupId, key, definition, at) =>
      scope.run((db: Db) => {
        if (!db.t.groups.has(groupId)) throw new Error(`foreign key violation: no group ${groupId}`);
        db.t.groupRoadmaps.set(key, {
          key,
          groupId,
          definition: structuredClone(definition),
          importedAt: at,
        });
      }),
    roadmapKeyOf: ({ platform, platformUserId }) =>
      scope.run((db: Db) => {
        const account = db.t.identities.get(identityKey(platform, platformUserId));
        return (account === undefined ? undefined : db.t.members.get(account.memberId))?.roadmapKey ?? null;
      }),
    groupRoadmap: (key) =>
      scope.run((db: Db) => {
        const row = db.t.groupRoadmaps.get(key);
        return row === undefined ? null : structuredClone(row.definition);
      }),
  };
}
