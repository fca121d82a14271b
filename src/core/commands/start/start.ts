// /start [date]: joins, and sets day 1 of the member's roadmap (today by default).
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { roadmapPosition } from "../../progress/roadmapPosition.js";
import { err, ok } from "../../result.js";
import { daysBetween, type LocalDate } from "../../time/dates.js";
import { parseLocalDate } from "../../time/parseLocalDate.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import { dmNotice } from "../dmNotice.js";
import { argText, defineCommand } from "../spec.js";
import { names, replies, type StartReplies, texts } from "./texts.js";

/** A cohort may start up to a year ahead, or log a run begun up to a year ago. */
const MAX_START_DISTANCE_DAYS = 365;

export const start = defineCommand<{ date: LocalDate | null }, StartReplies>({
  ...names,
  options: [{ name: "date", kind: "text", maxLength: 10 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args, { today }) {
    const input = argText(args, "date").split(/\s+/)[0] ?? "";
    if (input === "") return ok({ date: null });
    // A day and month alone name the closest such day: 01/11 in December is last month, 05/01 next month.
    const date = parseLocalDate(input, today, "nearest");
    if (date === null) return err({ own: "invalidDate", params: { input: input.slice(0, 40), today } });
    if (Math.abs(daysBetween(today, date)) > MAX_START_DISTANCE_DAYS) {
      return err({ own: "outOfRange", params: { input, maxDays: MAX_START_DISTANCE_DAYS, today } });
    }
    return ok({ date });
  },
  async run(ctx, { date }) {
    const { deps, member, t, today, now, replies: say } = ctx;
    const name = member.displayName;
    // Telegram's Start button and a curious "/start" must not reset weeks of progress to week 1.
    if (date === null && member.roadmapStart !== null) {
      const startDate = member.roadmapStart;
      const position = roadmapPosition(deps.roadmap, startDate, today);
      return { text: say.already({ name, startDate, position, today }) };
    }
    const startDate = date ?? today;
    const pointers = pointersAfterChange({ ...member, roadmapStart: startDate }, now);
    const updated = await deps.store.updateMember(member.id, { roadmapStart: startDate, pointers });
    const position = roadmapPosition(deps.roadmap, startDate, today);
    if (member.roadmapStart !== null) return { text: say.moved({ name, startDate, position, today }) };
    const welcome = say.welcome({
      name: updated.displayName,
      startDate,
      position,
      today,
      targetHours: deps.roadmap.weeklyTargetHours,
      motto: deps.roadmap.motto[t.locale],
      zone: zoneLabel(updated.timezone),
    });
    return { text: [welcome, ...dmNotice(ctx)].join("\n") };
  },
});
