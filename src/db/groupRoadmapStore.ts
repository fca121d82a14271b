// The Store's roadmaps of groups: the one each group follows, and those its admins uploaded.
import { and, eq, inArray } from "drizzle-orm";
import type { Store } from "../core/ports.js";
import type { Database } from "./client.js";
import { groupMembers, groupRoadmaps, groups, identities, members } from "./schema/index.js";

export function groupRoadmapStore(
  db: Database,
): Pick<Store, "chooseGroupRoadmap" | "saveGroupRoadmap" | "groupRoadmap" | "roadmapKeyOf"> {
  return {
    async chooseGroupRoadmap(groupId, key) {
      await db.update(groups).set({ roadmapKey: key }).where(eq(groups.id, groupId));
      const following = await db
        .update(members)
        .set({ roadmapKey: key })
        .where(
          inArray(
            members.id,
            db
              .select({ id: groupMembers.memberId })
              .from(groupMembers)
              .where(eq(groupMembers.groupId, groupId)),
          ),
        )
        .returning({ id: members.id });
      return following.length;
    },
    async saveGroupRoadmap(groupId, key, definition, at) {
      await db
        .insert(groupRoadmaps)
        .values({ key, groupId, definition, importedAt: at })
        .onConflictDoUpdate({ target: groupRoadmaps.key, set: { definition, importedAt: at } });
    },
    async roadmapKeyOf({ platform, platformUserId }) {
      const [row] = await db
        .select({ key: members.roadmapKey })
        .from(identities)
        .innerJoin(members, eq(members.id, identities.memberId))
        .where(and(eq(identities.platform, platform), eq(identities.platformUserId, platformUserId)));
      return row?.key ?? null;
    },
    async groupRoadmap(key) {
      const [row] = await db
        .select({ definition: groupRoadmaps.definition })
        .from(groupRoadmaps)
        .where(eq(groupRoadmaps.key, key));
      return row?.definition ?? null;
    },
  };
}
