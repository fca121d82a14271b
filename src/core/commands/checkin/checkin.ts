// /checkin <duration> [yesterday] [note]
import { fitNote } from "../../checkin/fitNote.js";
import { MAX_DAY_MINUTES } from "../../checkin/limits.js";
import { type CheckinRequest, parseCheckin } from "../../checkin/parseCheckin.js";
import { cleanMemberText } from "../../memberText.js";
import type { UserError } from "../../messages/index.js";
import { progressFrom, progressWindow } from "../../progress/memberProgress.js";
import { ok, type Result } from "../../result.js";
import { addDays } from "../../time/dates.js";
import { say } from "../reply.js";
import { type CommandArgs, defineCommand } from "../spec.js";
import { names, texts } from "./texts.js";

/** A form's note is taken as written (cleaned), after whatever note the duration field held, cut to fit. */
function parseArgs(args: CommandArgs): Result<CheckinRequest, UserError> {
  if (args.kind === "text") return parseCheckin(args.text);
  const parsed = parseCheckin(String(args.values.hours ?? ""));
  if (!parsed.ok) return parsed;
  const extra = cleanMemberText(String(args.values.note ?? ""));
  if (extra === "") return parsed;
  const { note, shortened } = fitNote(parsed.value.note === null ? extra : `${parsed.value.note} ${extra}`);
  return ok({ ...parsed.value, note, noteShortened: parsed.value.noteShortened || shortened });
}

export const checkin = defineCommand<CheckinRequest>({
  ...names,
  options: [
    { name: "hours", kind: "text", required: true, maxLength: 40 },
    { name: "note", kind: "text", maxLength: 200 },
  ],
  where: "any",
  visibility: "personal",
  menus: ["private", "group"],
  changesData: true,
  recordsOwnEvent: true,
  texts,
  parse: parseArgs,
  async run(ctx, { minutes, daysAgo, note, noteShortened }) {
    const { deps, member, t, today } = ctx;
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
    const recorded = say(t, "checkin.recorded", {
      minutes,
      date,
      daysAgo,
      note,
      week,
      streak,
      earlierWeek,
      noteShortened,
    });
    // Only the confirmation goes public: mistakes and refusals stay the member's own.
    return ctx.group?.publicCheckins === true ? { ...recorded, audience: "group" } : recorded;
  },
});
