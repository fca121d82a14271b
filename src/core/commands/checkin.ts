// /checkin <duration> [yesterday] [note]
import { MAX_DAY_MINUTES } from "../checkin/limits.js";
import { parseCheckin } from "../checkin/parseCheckin.js";
import { progressFrom, progressWindow } from "../progress/memberProgress.js";
import { addDays } from "../time/dates.js";
import type { CommandHandler } from "./context.js";
import { refuse, say } from "./reply.js";

export const checkin: CommandHandler = async (ctx, args) => {
  const { deps, member, t, today } = ctx;
  const parsed = parseCheckin(args);
  if (!parsed.ok) return refuse(t, parsed.error);
  const { minutes, daysAgo, note } = parsed.value;
  const date = addDays(today, -daysAgo);

  const outcome = await deps.store.recordCheckin(
    {
      memberId: member.id,
      minutes,
      localDate: date,
      note,
      recordedAt: ctx.now,
      platform: ctx.message.platform,
      eventId: ctx.message.eventId,
    },
    MAX_DAY_MINUTES,
    progressWindow(today, date),
  );
  if (outcome.kind === "dayFull") {
    return say(t, "checkin.dayFull", {
      date,
      dayMinutes: outcome.dayMinutes,
      minutes,
      maxHours: MAX_DAY_MINUTES / 60,
    });
  }
  if (outcome.kind === "duplicate") return say(t, "checkin.duplicate", {});
  deps.metrics?.checkinMinutes(minutes);

  const { week, streak, earlierWeek } = progressFrom(
    today,
    date,
    outcome.progress,
    deps.roadmap.weeklyTargetHours,
  );
  const recorded = say(t, "checkin.recorded", { minutes, date, daysAgo, note, week, streak, earlierWeek });
  // Only the confirmation goes public: mistakes and refusals stay the member's own.
  return ctx.group?.publicCheckins === true ? { ...recorded, audience: "group" } : recorded;
};
