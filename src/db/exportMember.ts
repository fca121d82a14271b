// /export's file: every row stored about one member, table by table, as PRIVACY.md lists them.
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { MEMBER_SLOTS } from "../core/nudges/kinds.js";
import type { Database } from "./client.js";
import {
  checkinDays,
  checkins,
  groupMembers,
  groups,
  identities,
  linkCodes,
  members,
  mockAnswers,
  mockSessions,
  oneOffSends,
  sends,
  squadMembers,
  squads,
  taskTicks,
} from "./schema/index.js";

export async function exportMember(db: Database, memberId: number) {
  const [profile = null] = await db.select().from(members).where(eq(members.id, memberId));
  const [accounts, memberships, rows, days, sessions, answers, scheduled, ticks, codes, oneOffs] =
    await Promise.all([
      db.select().from(identities).where(eq(identities.memberId, memberId)),
      db
        .select({
          platform: groups.platform,
          chatId: groups.chatId,
          title: groups.title,
          joinedAt: groupMembers.joinedAt,
          displayName: groupMembers.displayName,
          offBoard: groupMembers.offBoard,
        })
        .from(groupMembers)
        .innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(eq(groupMembers.memberId, memberId)),
      db.select().from(checkins).where(eq(checkins.memberId, memberId)).orderBy(checkins.recordedAt),
      db
        .select({ localDate: checkinDays.localDate, minutes: checkinDays.minutes })
        .from(checkinDays)
        .where(eq(checkinDays.memberId, memberId))
        .orderBy(checkinDays.localDate),
      db
        .select()
        .from(mockSessions)
        .where(eq(mockSessions.memberId, memberId))
        .orderBy(mockSessions.startedAt),
      db.select().from(mockAnswers).where(eq(mockAnswers.memberId, memberId)).orderBy(mockAnswers.answeredAt),
      db
        .select()
        .from(sends)
        .where(and(eq(sends.subjectId, memberId), inArray(sends.slot, [...MEMBER_SLOTS])))
        .orderBy(sends.dueAt),
      db
        .select({
          roadmapId: taskTicks.roadmapId,
          taskId: taskTicks.taskId,
          evidence: taskTicks.evidence,
          tickedAt: taskTicks.tickedAt,
          verified: taskTicks.verified,
          checkedAt: taskTicks.checkedAt,
        })
        .from(taskTicks)
        .where(eq(taskTicks.memberId, memberId))
        .orderBy(taskTicks.tickedAt, taskTicks.taskId),
      db
        .select({ platform: linkCodes.platform, expiresAt: linkCodes.expiresAt, usedAt: linkCodes.usedAt })
        .from(linkCodes)
        .where(eq(linkCodes.memberId, memberId))
        .orderBy(linkCodes.expiresAt),
      db
        .select({
          kind: oneOffSends.kind,
          memberId: oneOffSends.memberId,
          fromMemberId: oneOffSends.fromMemberId,
          detail: oneOffSends.detail,
          createdAt: oneOffSends.createdAt,
        })
        .from(oneOffSends)
        .where(or(eq(oneOffSends.memberId, memberId), eq(oneOffSends.fromMemberId, memberId)))
        .orderBy(asc(oneOffSends.id)),
    ]);
  const squadRows = await db
    .select({ chatId: groups.chatId, name: squads.name, joinedAt: squadMembers.joinedAt })
    .from(squadMembers)
    .innerJoin(squads, eq(squads.id, squadMembers.squadId))
    .innerJoin(groups, eq(groups.id, squadMembers.groupId))
    .where(eq(squadMembers.memberId, memberId))
    .orderBy(squadMembers.joinedAt);
  return {
    profile,
    accounts,
    groups: memberships,
    checkins: rows,
    /** The minutes per local day, summed from the check-ins. */
    checkinDays: days,
    mockSessions: sessions,
    /** Each answer with the verdict shown, the judge and model, and the tokens it used. */
    mockAnswers: answers.map(({ promptTokens, completionTokens, ...answer }) => ({
      ...answer,
      usage: promptTokens === null && completionTokens === null ? null : { promptTokens, completionTokens },
    })),
    scheduledMessages: scheduled,
    /** Roadmap tasks and portfolio deliverables ticked with /done, with their evidence links and checks. */
    taskTicks: ticks,
    /** The squad the member is in, in each group (/squad). */
    squads: squadRows,
    /** The codes asked for with /link (not the codes themselves): where, until when, and whether used. */
    linkCodes: codes,
    /** Buddy nudges sent or received, and milestones celebrated in the member's groups. */
    oneOffSends: oneOffs,
  };
}
