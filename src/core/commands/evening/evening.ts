// /evening [HH:MM|off]: when the evening streak saver comes, or none at all.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { parseTimeOrOff, type TimeOrOff } from "../../nudges/timeOrOff.js";
import { err, ok } from "../../result.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import { dmNotice, dmsReach } from "../dmNotice.js";
import { argText, defineCommand } from "../spec.js";
import { type EveningReplies, names, replies, texts } from "./texts.js";

export const evening = defineCommand<TimeOrOff, EveningReplies>({
  ...names,
  options: [{ name: "time", kind: "text", maxLength: 10, suggest: "time" }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "time");
    const choice = parseTimeOrOff(input);
    return choice === null ? err({ own: "invalid", params: { input: input.slice(0, 40) } }) : ok(choice);
  },
  async run(ctx, args) {
    const { deps, member, now, replies: say } = ctx;
    const zone = zoneLabel(member.timezone);
    if (args.kind === "show") {
      const time = member.eveningTime;
      return { text: time === null ? say.isOff({}) : say.current({ time, zone }) };
    }
    const time = args.kind === "at" ? args.time : null;
    await deps.store.updateMember(member.id, {
      eveningTime: time,
      pointers: pointersAfterChange({ ...member, eveningTime: time }, now),
    });
    if (time === null) return { text: say.off({}) };
    return { text: [say.set({ time, zone, reachable: dmsReach(ctx) }), ...dmNotice(ctx)].join("\n") };
  },
});
