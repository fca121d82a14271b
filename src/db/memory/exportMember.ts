// /export's data, with the tables and columns the SQL store exports (src/db/exportMember.ts).
import { MEMBER_SLOTS } from "../../core/nudges/kinds.js";
import { checkinDays, checkinsOf } from "./checkins.js";
import { identitiesOf } from "./members.js";
import { answersOf } from "./mock.js";
import type { Db } from "./state.js";

const MEMBER_SLOT_NAMES: ReadonlySet<string> = new Set(MEMBER_SLOTS);
const byTime =
  <T>(time: (row: T) => Date) =>
  (a: T, b: T) =>
    time(a).getTime() - time(b).getTime();

export function exportMember(db: Db, memberId: number): Record<string, unknown> {
  const { t } = db;
  const memberships = [...t.groupMembers.values()].flatMap((m) => {
    const group = m.memberId === memberId ? t.groups.get(m.groupId) : undefined;
    return group === undefined
      ? []
      : [
          {
            platform: group.platform,
            chatId: group.chatId,
            title: group.title,
            joinedAt: m.joinedAt,
            displayName: m.displayName,
            offBoard: m.offBoard,
          },
        ];
  });
  // Copies, so the file's data is the export's own.
  return structuredClone({
    profile: t.members.get(memberId) ?? null,
    accounts: identitiesOf(db, memberId),
    groups: memberships,
    checkins: checkinsOf(db, memberId).sort(byTime((c) => c.recordedAt)),
    checkinDays: checkinDays(db, memberId),
    mockSessions: [...t.mockSessions.values()]
      .filter((s) => s.memberId === memberId)
      .sort(byTime((s) => s.startedAt)),
    mockAnswers: answersOf(db, memberId).map(({ promptTokens, completionTokens, ...answer }) => ({
      ...answer,
      usage: promptTokens === null && completionTokens === null ? null : { promptTokens, completionTokens },
    })),
    scheduledMessages: [...t.sends.values()]
      .filter((s) => s.subjectId === memberId && MEMBER_SLOT_NAMES.has(s.slot))
      .sort(byTime((s) => s.dueAt)),
    taskTicks: [...t.taskTicks.values()]
      .filter((r) => r.memberId === memberId)
      .map(({ roadmapId, taskId, evidence, tickedAt, verified, checkedAt }) => ({
        roadmapId,
        taskId,
        evidence,
        tickedAt,
        verified,
        checkedAt,
      }))
      .sort((a, b) => a.tickedAt.getTime() - b.tickedAt.getTime() || (a.taskId < b.taskId ? -1 : 1)),
    squads: [...t.squadMembers.values()]
      .filter((r) => r.memberId === memberId)
      .sort(byTime((r) => r.joinedAt))
      .map((r) => ({
        chatId: t.groups.get(r.groupId)?.chatId ?? "",
        name: t.squads.get(r.squadId)?.name ?? "",
        joinedAt: r.joinedAt,
      })),
    linkCodes: [...t.linkCodes.values()]
      .filter((r) => r.memberId === memberId)
      .map(({ platform, expiresAt, usedAt }) => ({ platform, expiresAt, usedAt }))
      .sort(byTime((r) => r.expiresAt)),
    oneOffSends: [...t.oneOffSends.values()]
      .filter((r) => r.memberId === memberId || r.fromMemberId === memberId)
      .sort((a, b) => a.id - b.id)
      .map(({ kind, memberId: about, fromMemberId, detail, createdAt }) => ({
        kind,
        memberId: about,
        fromMemberId,
        detail,
        createdAt,
      })),
  });
}
