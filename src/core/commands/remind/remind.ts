// /remind [HH:MM|off|done off|done on]: the time of the member's daily nudge, none at all, or none on a day
// that already has a check-in.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { err, ok } from "../../result.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import { dmNotice, dmsReach } from "../dmNotice.js";
import { argText, defineCommand } from "../spec.js";
import { parseRemind, type RemindRequest } from "./parseRemind.js";
import { names, type RemindReplies, replies, texts } from "./texts.js";

export const remind = defineCommand<RemindRequest, RemindReplies>({
  ...names,
  options: [{ name: "time", kind: "text", maxLength: 20, suggest: "time" }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "time");
    const choice = parseRemind(input);
    if (choice === "badDone") return err({ own: "invalidDone", params: { input: input.slice(0, 40) } });
    return choice === null ? err({ own: "invalid", params: { input: input.slice(0, 40) } }) : ok(choice);
  },
  async run(ctx, args) {
    const { deps, member, now, replies: say } = ctx;
    if (args.kind === "show") {
      const time = member.remindTime;
      return {
        text: time === null ? say.isOff({}) : say.current({ time, zone: zoneLabel(member.timezone) }),
      };
    }
    if (args.kind === "whenDone") {
      if (args.on === null) return { text: say.whenDone({ on: member.dailyWhenDone }) };
      await deps.store.updateMember(member.id, { dailyWhenDone: args.on });
      return { text: say.whenDoneSet({ on: args.on }) };
    }
    const time = args.kind === "at" ? args.time : null;
    await deps.store.updateMember(member.id, {
      remindTime: time,
      pointers: pointersAfterChange({ ...member, remindTime: time }, now),
    });
    if (time === null) return { text: say.off({}) };
    const set = say.set({ time, zone: zoneLabel(member.timezone), reachable: dmsReach(ctx) });
    return { text: [set, ...dmNotice(ctx)].join("\n") };
  },
});
