// /remind [HH:MM|off]: the time of the member's daily nudge, or none at all.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { parseTimeOrOff, type TimeOrOff } from "../../nudges/timeOrOff.js";
import { err, ok } from "../../result.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import { argText, defineCommand } from "../spec.js";
import { names, type RemindReplies, replies, texts } from "./texts.js";

export const remind = defineCommand<TimeOrOff, RemindReplies>({
  ...names,
  options: [{ name: "time", kind: "text", maxLength: 10 }],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "time");
    const choice = parseTimeOrOff(input);
    return choice === null ? err({ own: "invalid", params: { input: input.slice(0, 40) } }) : ok(choice);
  },
  async run({ deps, member, now, replies: say }, args) {
    if (args.kind === "show") {
      const time = member.remindTime;
      return {
        text: time === null ? say.isOff({}) : say.current({ time, zone: zoneLabel(member.timezone) }),
      };
    }
    const time = args.kind === "at" ? args.time : null;
    await deps.store.updateMember(member.id, {
      remindTime: time,
      pointers: pointersAfterChange({ ...member, remindTime: time }, now),
    });
    return { text: time === null ? say.off({}) : say.set({ time, zone: zoneLabel(member.timezone) }) };
  },
});
