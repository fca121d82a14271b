// The one-off outbox on SQL: queued once under a key, found due through its index, and the group lookups
// /nudge makes to find whom it names.
import { and, asc, eq, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import type { Buddy, DueOneOff, OneOffs, OneOffWithRecipients } from "../../core/nudges/oneOffPorts.js";
import type { Database } from "../client.js";
import { rawRows } from "../rawRows.js";
import { groupMembers, groups, identities, members, milestoneRoles, oneOffSends } from "../schema/index.js";
import { toGroup, toRecipient } from "./rows.js";

type SendRow = typeof oneOffSends.$inferSelect;

function toSend(row: SendRow): OneOffWithRecipients["send"] {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind as OneOffWithRecipients["send"]["kind"],
    memberId: row.memberId,
    groupId: row.groupId,
    fromMemberId: row.fromMemberId,
    detail: row.detail,
  };
}

export function createOneOffs(db: Database): OneOffs {
  /** Each matching send with its member (a reachable account first, where DMs go) and group. */
  async function withRecipients(where: SQL, limit: number): Promise<DueOneOff[]> {
    const rows = await db
      .select({
        send: oneOffSends,
        member: members,
        identity: identities,
        group: groups,
        nickname: groupMembers.displayName,
        offBoard: groupMembers.offBoard,
      })
      .from(oneOffSends)
      .innerJoin(members, eq(members.id, oneOffSends.memberId))
      .innerJoin(groups, eq(groups.id, oneOffSends.groupId))
      .leftJoin(
        groupMembers,
        and(eq(groupMembers.groupId, oneOffSends.groupId), eq(groupMembers.memberId, oneOffSends.memberId)),
      )
      .leftJoin(identities, eq(identities.memberId, members.id))
      .where(where)
      .orderBy(
        asc(oneOffSends.dueAt),
        asc(oneOffSends.id),
        sql`${identities.unreachableSince} is not null`,
        asc(identities.platform),
      )
      .limit(limit * 2);
    const found = new Map<number, DueOneOff>();
    for (const row of rows) {
      if (found.has(row.send.id)) continue;
      found.set(row.send.id, {
        send: toSend(row.send),
        member: { ...toRecipient(row.member, row.identity), nudgesOff: row.member.nudgesOff },
        memberName: row.nickname ?? row.member.displayName,
        offBoardHere: row.offBoard === true,
        group: toGroup(row.group),
        dueAt: row.send.dueAt ?? row.send.createdAt,
      });
    }
    return [...found.values()].slice(0, limit);
  }

  return {
    async queueOneOff(send) {
      const queued = await db
        .insert(oneOffSends)
        .values(send)
        .onConflictDoNothing({ target: oneOffSends.key })
        .returning({ id: oneOffSends.id });
      return queued.length > 0;
    },

    dueOneOffs: (now, limit) => withRecipients(lte(oneOffSends.dueAt, now), limit),

    async oneOff(id) {
      const [found] = await withRecipients(eq(oneOffSends.id, id), 1);
      return found ?? null;
    },

    async queueMilestone(memberId, milestone, at) {
      const when = sql`${at.toISOString()}::timestamptz`;
      const queued = await rawRows<{ id: number }>(
        db,
        sql`insert into ${oneOffSends} (key, kind, member_id, group_id, detail, due_at, created_at)
            select 'milestone:g' || g.id || ':m' || m.id || ':' || ${milestone}::text, 'milestone', m.id, g.id,
                   ${milestone}::text, ${when}, ${when}
            from ${groupMembers} gm
            join ${groups} g on g.id = gm.group_id
            join ${members} m on m.id = gm.member_id
            where gm.member_id = ${memberId} and g.summary_channel_id is not null
              and not m.leaderboard_opt_out and not gm.off_board
            on conflict (key) do nothing
            returning id`,
      );
      return queued.length;
    },

    async findBuddies(groupId, platform, ref) {
      const named = ref.kind === "name" ? ref.name.replace(/^@/, "").trim().toLowerCase() : "";
      const shown = sql<string>`coalesce(${groupMembers.displayName}, ${members.displayName})`;
      const matches = await db
        .selectDistinct({ id: members.id, displayName: shown })
        .from(groupMembers)
        .innerJoin(members, eq(members.id, groupMembers.memberId))
        .innerJoin(identities, eq(identities.memberId, members.id))
        .where(
          and(
            eq(groupMembers.groupId, groupId),
            ref.kind === "account"
              ? and(eq(identities.platform, platform), eq(identities.platformUserId, ref.platformUserId))
              : or(
                  and(eq(identities.platform, platform), eq(identities.username, named)),
                  sql`lower(${shown}) = ${named}`,
                ),
          ),
        );
      if (matches.length === 0) return [];
      const rows = await db
        .select({ member: members, identity: identities })
        .from(members)
        .leftJoin(identities, eq(identities.memberId, members.id))
        .where(
          inArray(
            members.id,
            matches.map((m) => m.id),
          ),
        )
        .orderBy(asc(members.id), sql`${identities.unreachableSince} is not null`, asc(identities.platform));
      const buddies = new Map<number, Buddy>();
      for (const { member, identity } of rows) {
        if (buddies.has(member.id)) continue;
        const displayName = matches.find((m) => m.id === member.id)?.displayName ?? member.displayName;
        buddies.set(member.id, {
          member: { ...toRecipient(member, identity), nudgesOff: member.nudgesOff },
          displayName,
        });
      }
      return [...buddies.values()];
    },

    async setNudgesOff(memberId, off) {
      await db.update(members).set({ nudgesOff: off }).where(eq(members.id, memberId));
    },

    async setMilestoneRoles(groupId, roles) {
      if (roles.size === 0) return;
      await db
        .insert(milestoneRoles)
        .values([...roles].map(([milestone, roleId]) => ({ groupId, milestone, roleId })))
        .onConflictDoUpdate({
          target: [milestoneRoles.groupId, milestoneRoles.milestone],
          set: { roleId: sql`excluded.role_id` },
        });
    },

    async milestoneRole(groupId, milestone) {
      const [row] = await db
        .select({ roleId: milestoneRoles.roleId })
        .from(milestoneRoles)
        .where(and(eq(milestoneRoles.groupId, groupId), eq(milestoneRoles.milestone, milestone)));
      return row?.roleId ?? null;
    },

    async rememberUsername(platform, platformUserId, username) {
      const value = username === null ? null : username.toLowerCase();
      await db
        .update(identities)
        .set({ username: value })
        .where(
          and(
            eq(identities.platform, platform),
            eq(identities.platformUserId, platformUserId),
            sql`${identities.username} is distinct from ${value}`,
          ),
        );
    },
  };
}
