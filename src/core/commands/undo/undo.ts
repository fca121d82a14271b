// /undo: removes the member's most recent check-in, if recorded within the undo window.
import { UNDO_WINDOW_MS } from "../../checkin/limits.js";
import { cleanMemberText } from "../../memberText.js";
import { currentWeek } from "../../progress/memberProgress.js";
import { ok } from "../../result.js";
import { say } from "../reply.js";
import { defineCommand } from "../spec.js";
import { names, texts } from "./texts.js";

export const undo = defineCommand<null>({
  ...names,
  options: [],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  parse: () => ok(null),
  async run({ deps, member, t, now, today }) {
    const removed = await deps.store.removeLatestCheckin(member.id, new Date(now.getTime() - UNDO_WINDOW_MS));
    if (removed === null) return say(t, "undo.nothing", { hours: UNDO_WINDOW_MS / 3_600_000 });
    const week = await currentWeek(deps.store, member.id, today, deps.roadmap.weeklyTargetHours);
    return say(t, "undo.removed", {
      minutes: removed.minutes,
      date: removed.localDate,
      // Notes stored before they were cleaned on the way in.
      note: removed.note === null ? null : cleanMemberText(removed.note) || null,
      week,
    });
  },
});
