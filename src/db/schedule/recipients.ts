// Who sends go to: members with the account their DMs use, and groups.
import { and, asc, eq, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { MemberRecipient, Recipients } from "../../core/nudges/ports.js";
import type { Database } from "../client.js";
import { groups, identities, members } from "../schema/index.js";
import { toGroup, toRecipient } from "./rows.js";

export function createRecipients(db: Database): Recipients {
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

    async markReached(platform, platformUserId, now) {
      // Written once until the account is refused again: not one row rewrite per DM.
      await db
        .update(identities)
        .set({ unreachableSince: null, dmReachedAt: now })
        .where(
          and(
            eq(identities.platform, platform),
            eq(identities.platformUserId, platformUserId),
            or(isNull(identities.dmReachedAt), isNotNull(identities.unreachableSince)),
          ),
        );
    },
  };
}
