// A group's summary settings, as /setup chose them, and its summary pointer.
import { and, eq } from "drizzle-orm";
import type { GroupSettingsStore } from "../../core/nudges/ports.js";
import type { Database } from "../client.js";
import { groups } from "../schema/index.js";
import { toGroup } from "./rows.js";

export function createGroupSettingsStore(db: Database): GroupSettingsStore {
  return {
    async setGroupPointer(groupId, next) {
      await db.update(groups).set({ nextSummaryAt: next }).where(eq(groups.id, groupId));
    },

    async setupGroup(ref, settings) {
      const values = {
        timezone: settings.timezone,
        summaryChannelId: settings.summaryChannelId,
        summaryThreadId: settings.summaryThreadId ?? null,
        summaryWeekday: settings.summaryWeekday,
        summaryTime: settings.summaryTime,
        locale: settings.locale,
        publicCheckins: settings.publicCheckins,
      };
      const [row] = await db
        .insert(groups)
        .values({ platform: ref.platform, chatId: ref.chatId, title: ref.title, ...values })
        .onConflictDoUpdate({
          target: [groups.platform, groups.chatId],
          set: { title: ref.title, ...values },
        })
        .returning();
      if (row === undefined) throw new Error("group upsert returned nothing");
      return toGroup(row);
    },

    async groupByChat(platform, chatId) {
      const [row] = await db
        .select()
        .from(groups)
        .where(and(eq(groups.platform, platform), eq(groups.chatId, chatId)));
      return row === undefined ? null : toGroup(row);
    },
  };
}
