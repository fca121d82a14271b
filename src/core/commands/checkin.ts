// /checkin <duration> [yesterday] [note]
import { MAX_DAY_MINUTES } from "../checkin/limits.js";
import { parseCheckin } from "../checkin/parseCheckin.js";
import { currentStreak, currentWeek } from "../progress/memberProgress.js";
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

  const [week, streak] = await Promise.all([
    currentWeek(deps.store, member.id, today, deps.roadmap.weeklyTargetHours),
    currentStreak(deps.store, member.id, today),
  ]);
  return say(t, "checkin.recorded", { minutes, date, daysAgo, note, week, streak });
};
