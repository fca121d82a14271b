// Rows as the scheduler's types: a group, and a member with the account their DMs go to.
import type { Group, MemberRecipient } from "../../core/nudges/ports.js";
import type { Platform } from "../../core/ports.js";
import { LOCALES, type Locale } from "../../core/roadmap/types.js";
import type { groups, identities, members } from "../schema/index.js";
import { toMember } from "../store.js";

type GroupRow = typeof groups.$inferSelect;
type MemberRow = typeof members.$inferSelect;
type IdentityRow = typeof identities.$inferSelect;

export function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    platform: row.platform as Platform,
    chatId: row.chatId,
    title: row.title,
    timezone: row.timezone,
    summaryChannelId: row.summaryChannelId,
    summaryThreadId: row.summaryThreadId,
    summaryWeekday: row.summaryWeekday,
    summaryTime: row.summaryTime,
    locale: (LOCALES.find((l) => l === row.locale) ?? null) as Locale | null,
    publicCheckins: row.publicCheckins,
    roadmapKey: row.roadmapKey,
  };
}

export function toRecipient(member: MemberRow, identity: IdentityRow | null): MemberRecipient {
  return {
    ...toMember(member),
    dm:
      identity === null
        ? null
        : {
            platform: identity.platform as Platform,
            platformUserId: identity.platformUserId,
            unreachable: identity.unreachableSince !== null,
          },
  };
}
