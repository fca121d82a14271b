// /undo [yes]: removes the member's most recent check-in, if recorded within the undo window. One that
// reaches back to an earlier day, logged a while ago, is only named until the member confirms it.
import { UNDO_WINDOW_MS } from "../../checkin/limits.js";
import { cleanMemberText } from "../../memberText.js";
import { weekGoalOf } from "../../progress/goal.js";
import { weekOf, weekProgress } from "../../progress/weekProgress.js";
import { err, ok } from "../../result.js";
import { call } from "../names.js";
import { argText, defineCommand } from "../spec.js";
import { names, replies, texts, type UndoReplies } from "./texts.js";

/** A check-in this fresh is a mistake just made: it goes without asking, whatever its day. */
const FRESH_MS = 10 * 60 * 1000;

const CONFIRMATIONS: ReadonlySet<string> = new Set(["yes", "sim", "s", "y", "confirm", "confirmar"]);

export const undo = defineCommand<{ confirmed: boolean }, UndoReplies>({
  ...names,
  options: [{ name: "confirm", kind: "text", maxLength: 10 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const word = argText(args, "confirm").toLowerCase();
    if (word === "") return ok({ confirmed: false });
    return CONFIRMATIONS.has(word) ? ok({ confirmed: true }) : err({ own: "unknownWord", params: {} });
  },
  async run({ deps, member, now, today, t, capabilities, replies: say }, { confirmed }) {
    const after = new Date(now.getTime() - UNDO_WINDOW_MS);
    const latest = await deps.store.latestCheckin(member.id, after);
    if (latest === null) return { text: say.nothing({ hours: UNDO_WINDOW_MS / 3_600_000 }) };
    // Notes stored before they were cleaned on the way in.
    const note = latest.note === null ? null : cleanMemberText(latest.note) || null;
    const reachesBack = latest.localDate !== today && now.getTime() - latest.recordedAt.getTime() > FRESH_MS;
    if (reachesBack && !confirmed) {
      const button = capabilities.buttons === true;
      const text = say.confirm({ minutes: latest.minutes, date: latest.localDate, today, note, button });
      if (!button) return { text };
      const word = t.locale === "en" ? "yes" : "sim";
      return { text, confirm: { command: call(names, t.locale, word), label: say.confirmButton({}) } };
    }
    const removed = await deps.store.removeLatestCheckin(member.id, after, latest.id);
    if (removed === null) return { text: say.nothing({ hours: UNDO_WINDOW_MS / 3_600_000 }) };
    // The total of the week the time was taken from: last week's, for an entry of last week.
    const counted = weekOf(removed.localDate);
    const earlierWeek = counted.start !== weekOf(today).start;
    const minutes = await deps.store.minutesBetween(member.id, counted.start, counted.end);
    const seenOn = earlierWeek ? counted.end : today;
    const week = weekProgress(seenOn, minutes, weekGoalOf(member, deps.roadmap, seenOn));
    return {
      text: say.removed({
        minutes: removed.minutes,
        date: removed.localDate,
        today,
        note,
        week,
        earlierWeek,
      }),
    };
  },
});
