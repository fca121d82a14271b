// /remind HH:MM: the time of the member's daily nudge.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { parseWallTime, type WallTime } from "../../nudges/wallClock.js";
import { err, ok } from "../../result.js";
import { argText, defineCommand } from "../spec.js";
import { names, type RemindReplies, replies, texts } from "./texts.js";

export const remind = defineCommand<{ time: WallTime | null }, RemindReplies>({
  ...names,
  options: [{ name: "time", kind: "text", maxLength: 5 }],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "time");
    if (input === "") return ok({ time: null });
    const time = parseWallTime(input);
    return time === null ? err({ own: "invalid", params: { input: input.slice(0, 40) } }) : ok({ time });
  },
  async run({ deps, member, now, replies: say }, { time }) {
    if (time === null) return { text: say.current({ time: member.remindTime, zone: member.timezone }) };
    await deps.store.updateMember(member.id, {
      remindTime: time,
      pointers: pointersAfterChange({ ...member, remindTime: time }, now),
    });
    return { text: say.set({ time, zone: member.timezone }) };
  },
});
