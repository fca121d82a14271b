// /remind HH:MM: the time of the member's daily nudge.
import { pointersAfterChange } from "../nudges/reschedule.js";
import { parseWallTime } from "../nudges/wallClock.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const remind: CommandHandler = async ({ deps, member, t, now }, args) => {
  if (args === "") return say(t, "remind.current", { time: member.remindTime, zone: member.timezone });
  const time = parseWallTime(args);
  if (time === null) return say(t, "remind.invalid", { input: args.slice(0, 40) });
  await deps.store.updateMember(member.id, {
    remindTime: time,
    pointers: pointersAfterChange({ ...member, remindTime: time }, now),
  });
  return say(t, "remind.set", { time, zone: member.timezone });
};
