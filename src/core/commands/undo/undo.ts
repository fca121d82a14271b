// /undo: removes the member's most recent check-in, if recorded within the undo window.
import { UNDO_WINDOW_MS } from "../../checkin/limits.js";
import { cleanMemberText } from "../../memberText.js";
import { currentWeek } from "../../progress/memberProgress.js";
import { ok } from "../../result.js";
import { defineCommand } from "../spec.js";
import { names, replies, texts, type UndoReplies } from "./texts.js";

export const undo = defineCommand<null, UndoReplies>({
  ...names,
  options: [],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse: () => ok(null),
  async run({ deps, member, now, today, replies: say }) {
    const removed = await deps.store.removeLatestCheckin(member.id, new Date(now.getTime() - UNDO_WINDOW_MS));
    if (removed === null) return { text: say.nothing({ hours: UNDO_WINDOW_MS / 3_600_000 }) };
    const week = await currentWeek(deps.store, member.id, today, deps.roadmap.weeklyTargetHours);
    return {
      text: say.removed({
        minutes: removed.minutes,
        date: removed.localDate,
        // Notes stored before they were cleaned on the way in.
        note: removed.note === null ? null : cleanMemberText(removed.note) || null,
        week,
      }),
    };
  },
});
