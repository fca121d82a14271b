// /setup [timezone] [weekday] [HH:MM] [public|private]: group admins choose where and when the weekly summary
// is posted, and whether check-in confirmations are for everyone.
import { nextGroupSummary } from "../nudges/occurrences.js";
import { parseSetup } from "../nudges/parseArgs.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

/**
 * Its writes (the settings, then the summary's next time, which depends on them) run in the transaction
 * handleMessage opens for a command that changes data: a failure between them keeps neither, as the admin
 * is told.
 */
export const setup: CommandHandler = async ({ deps, message, t, now }, args) => {
  if (message.chat.kind !== "group") return say(t, "setup.notGroup", {});
  if (message.user.isGroupAdmin !== true) return say(t, "setup.notAdmin", {});
  const parsed = parseSetup(args);
  if (!parsed.ok) return say(t, "setup.invalid", parsed.error);

  const current = await deps.schedule.groupByChat(message.platform, message.chat.id);
  const settings = {
    timezone: parsed.value.zone ?? current?.timezone ?? deps.defaultTimezone,
    summaryWeekday: parsed.value.weekday ?? current?.summaryWeekday ?? 6,
    summaryTime: parsed.value.time ?? current?.summaryTime ?? "20:00",
    summaryChannelId: message.chat.channelId ?? message.chat.id,
    locale: t.locale,
    publicCheckins: parsed.value.publicCheckins ?? current?.publicCheckins ?? false,
  };
  const group = await deps.schedule.setupGroup(
    { platform: message.platform, chatId: message.chat.id, title: message.chat.title ?? message.chat.id },
    settings,
  );
  await deps.schedule.setGroupPointer(group.id, nextGroupSummary(group, now));
  return say(t, "setup.done", {
    title: group.title,
    zone: group.timezone,
    weekday: group.summaryWeekday,
    time: group.summaryTime,
    checkins:
      message.chat.privateReplies !== true ? "noPrivateReplies" : group.publicCheckins ? "public" : "private",
  });
};
