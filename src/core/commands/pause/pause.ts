// /pause <days|weeks|date>: no nudges or recaps through that day.
import { parsePause } from "../../nudges/parseArgs.js";
import { pausedDaysWith } from "../../progress/pausedDays.js";
import { err, ok } from "../../result.js";
import { addDays, type LocalDate } from "../../time/dates.js";
import { argText, defineCommand } from "../spec.js";
import { names, type PauseReplies, replies, texts } from "./texts.js";

export const pause = defineCommand<{ until: LocalDate }, PauseReplies>({
  ...names,
  options: [{ name: "until", kind: "text", maxLength: 20 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args, { today }) {
    const parsed = parsePause(argText(args, "until"), today);
    return parsed.ok
      ? ok({ until: parsed.value })
      : err({ own: "invalid", params: { ...parsed.error, today } });
  },
  async run({ deps, member, today, replies: say }, { until }) {
    await deps.store.updateMember(member.id, {
      pausedUntil: until,
      pausedDays: pausedDaysWith(member, today, until),
    });
    return { text: say.set({ until, resume: addDays(until, 1), today }) };
  },
});
