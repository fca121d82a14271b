// /remind [HH:MM|off]: the time of the member's daily nudge, or none at all.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { parseWallTime, type WallTime } from "../../nudges/wallClock.js";
import { err, ok } from "../../result.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import { argText, defineCommand } from "../spec.js";
import { names, type RemindReplies, replies, texts } from "./texts.js";

/** The words that turn the daily nudge off. */
const OFF: ReadonlySet<string> = new Set(["off", "none", "desligar", "desligado", "nenhum", "nenhuma"]);

/** show: say the current time; off: no daily nudge; a time: the nudge comes then. */
type RemindArgs = { kind: "show" } | { kind: "off" } | { kind: "at"; time: WallTime };

export const remind = defineCommand<RemindArgs, RemindReplies>({
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
    if (input === "") return ok({ kind: "show" });
    if (OFF.has(input.toLowerCase())) return ok({ kind: "off" });
    const time = parseWallTime(input);
    return time === null
      ? err({ own: "invalid", params: { input: input.slice(0, 40) } })
      : ok({ kind: "at", time });
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
