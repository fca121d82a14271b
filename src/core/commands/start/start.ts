// /start [YYYY-MM-DD]: joins, and sets day 1 of the member's roadmap (today by default).
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { roadmapPosition } from "../../progress/roadmapPosition.js";
import { err, ok } from "../../result.js";
import { daysBetween, isLocalDate, type LocalDate } from "../../time/dates.js";
import { argText, defineCommand } from "../spec.js";
import { names, replies, type StartReplies, texts } from "./texts.js";

/** A cohort may start up to a year ahead, or log a run begun up to a year ago. */
const MAX_START_DISTANCE_DAYS = 365;

export const start = defineCommand<{ date: LocalDate | null }, StartReplies>({
  ...names,
  options: [{ name: "date", kind: "text", maxLength: 10 }],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args, { today }) {
    const input = argText(args, "date").split(/\s+/)[0] ?? "";
    if (input === "") return ok({ date: null });
    if (!isLocalDate(input)) return err({ own: "invalidDate", params: { input: input.slice(0, 40) } });
    if (Math.abs(daysBetween(today, input)) > MAX_START_DISTANCE_DAYS) {
      return err({ own: "outOfRange", params: { input, maxDays: MAX_START_DISTANCE_DAYS } });
    }
    return ok({ date: input });
  },
  async run({ deps, member, t, today, now, replies: say }, { date }) {
    // Telegram's Start button and a curious "/start" must not reset weeks of progress to week 1.
    if (date === null && member.roadmapStart !== null) {
      return {
        text: say.already({
          name: member.displayName,
          startDate: member.roadmapStart,
          position: roadmapPosition(deps.roadmap, member.roadmapStart, today),
          today,
        }),
      };
    }
    const startDate = date ?? today;
    const pointers = pointersAfterChange({ ...member, roadmapStart: startDate }, now);
    const updated = await deps.store.updateMember(member.id, { roadmapStart: startDate, pointers });
    return {
      text: say.welcome({
        name: updated.displayName,
        startDate,
        position: roadmapPosition(deps.roadmap, startDate, today),
        targetHours: deps.roadmap.weeklyTargetHours,
        motto: deps.roadmap.motto[t.locale],
      }),
    };
  },
});
