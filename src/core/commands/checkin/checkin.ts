// /checkin <duration> [yesterday] [note] [again]
import { fitNote } from "../../checkin/fitNote.js";
import { MAX_DAY_MINUTES } from "../../checkin/limits.js";
import { type CheckinError, type CheckinRequest, parseCheckin } from "../../checkin/parseCheckin.js";
import { cleanMemberText } from "../../memberText.js";
import { progressFrom, progressWindow } from "../../progress/memberProgress.js";
import { milestoneId, milestonesOfCheckin } from "../../progress/milestones.js";
import { err, ok, type Result } from "../../result.js";
import { addDays } from "../../time/dates.js";
import type { CommandContext } from "../context.js";
import { type CommandArgs, defineCommand, type OwnRefusal } from "../spec.js";
import { type CheckinReplies, DAYS, names, replies, texts } from "./texts.js";

/** The same time logged again this soon is asked about first: a resent message is likelier than a session. */
const REPEAT_WINDOW_MS = 10 * 60 * 1000;

/** Ending the note, the word that confirms the same time once more. */
const AGAIN = /(?:^|\s)(?:again|de novo|denovo|novamente|outra vez|mais uma vez)$/iu;

interface CheckinArgs extends CheckinRequest {
  /** "again": the same time logged moments ago is meant twice. */
  again: boolean;
  /** It came from a form's fields rather than typed text. */
  form: boolean;
}

function refusal(error: CheckinError): OwnRefusal<CheckinReplies> {
  switch (error.id) {
    case "checkin.missing":
      return { own: "missing", params: error.params };
    case "checkin.invalid":
      return { own: "invalid", params: error.params };
    case "checkin.notPositive":
      return { own: "notPositive", params: error.params };
    case "checkin.tooLong":
      return { own: "tooLong", params: error.params };
    case "checkin.onlyTodayOrYesterday":
      return { own: "onlyTodayOrYesterday", params: error.params };
  }
}

/** The day picked in a form's day field, when one was. */
const PICKED: Readonly<Record<string, 0 | 1>> = { today: 0, yesterday: 1 };

/**
 * A form's note field is taken as written (cleaned), never read for a day: "ontem não deu, hoje revisei SQL"
 * is a note. The day is the one picked, else a day word in the time field ("2h yesterday", as /help shows);
 * the note goes after whatever note the time field held, cut to fit.
 */
function parseRequest(args: CommandArgs): Result<CheckinRequest, CheckinError> {
  if (args.kind === "text") return parseCheckin(args.text);
  const parsed = parseCheckin(String(args.values.hours ?? ""));
  if (!parsed.ok) return parsed;
  const daysAgo = PICKED[String(args.values.day)] ?? parsed.value.daysAgo;
  const extra = cleanMemberText(String(args.values.note ?? ""));
  if (extra === "") return ok({ ...parsed.value, daysAgo });
  const { note, shortened } = fitNote(parsed.value.note === null ? extra : `${parsed.value.note} ${extra}`);
  return ok({ ...parsed.value, daysAgo, note, noteShortened: parsed.value.noteShortened || shortened });
}

function parseArgs(args: CommandArgs): Result<CheckinArgs, OwnRefusal<CheckinReplies>> {
  const parsed = parseRequest(args);
  if (!parsed.ok) return err(refusal(parsed.error));
  const { note } = parsed.value;
  const again = note !== null && AGAIN.test(note);
  const rest = note === null ? null : note.replace(AGAIN, "").trim();
  return ok({ ...parsed.value, note: again ? rest || null : note, again, form: args.kind === "options" });
}

/** Milestones this check-in reached, queued for the member's groups (each is posted there once). */
async function queueMilestones(ctx: CommandContext, streak: number, minutes: number): Promise<void> {
  const { deps, member, now } = ctx;
  const totalMinutes = await deps.store.totalMinutes(member.id);
  for (const milestone of milestonesOfCheckin({ streak, totalMinutes, minutes })) {
    await deps.schedule.queueMilestone(member.id, milestoneId(milestone), now);
  }
}

export const checkin = defineCommand<CheckinArgs, CheckinReplies>({
  ...names,
  options: [
    { name: "hours", kind: "text", required: true, maxLength: 40, suggest: "duration" },
    { name: "day", kind: "text", choices: () => DAYS },
    { name: "note", kind: "text", maxLength: 200 },
  ],
  where: "any",
  visibility: "personal",
  menus: ["private", "group"],
  changesData: true,
  recordsOwnEvent: true,
  texts,
  replies,
  parse: parseArgs,
  async run(ctx, { minutes, daysAgo, note, noteShortened, again, form }) {
    const { deps, member, today, replies: say } = ctx;
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
      again ? null : new Date(ctx.now.getTime() - REPEAT_WINDOW_MS),
    );
    if (outcome.kind === "dayFull") {
      return {
        text: say.dayFull({
          date,
          today,
          dayMinutes: outcome.dayMinutes,
          minutes,
          maxHours: MAX_DAY_MINUTES / 60,
        }),
      };
    }
    if (outcome.kind === "duplicate") return { text: say.duplicate({}) };
    if (outcome.kind === "repeat") return { text: say.repeat({ minutes, date, daysAgo, form }) };
    deps.metrics?.checkinMinutes(minutes);

    const progress = progressFrom(today, date, outcome.progress, member, deps.roadmap);
    const { week, earlierWeek } = progress;
    const streak = progress.streak.days;
    await queueMilestones(ctx, streak, minutes);
    // Only the confirmation goes public; mistakes and refusals stay private. A member off the board shows the
    // group the check-in alone, never "9h of 20h": also where every reply in a group is seen by all (Telegram).
    const shared = ctx.group?.publicCheckins === true;
    const seenByAll = shared || (ctx.group !== null && !ctx.capabilities.privateReplies);
    const shownToGroup = seenByAll && (member.leaderboardOptOut || ctx.group?.offBoard === true);
    const text = say.recorded({
      minutes,
      date,
      today,
      daysAgo,
      note,
      week,
      streak,
      earlierWeek,
      noteShortened,
      shownToGroup,
    });
    return shared ? { text, audience: "group" as const, undoable: true } : { text, undoable: true };
  },
});
