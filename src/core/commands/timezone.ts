// /timezone <IANA zone>: the zone that decides the member's local days and reminder hours.
import { DateTime } from "luxon";
import { pointersAfterChange } from "../nudges/reschedule.js";
import { canonicalZone } from "../time/dates.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const timezone: CommandHandler = async ({ deps, member, t, now }, args) => {
  if (args === "") return say(t, "timezone.current", { zone: member.timezone });
  const zone = canonicalZone(args);
  if (zone === null) return say(t, "timezone.unknown", { input: args.slice(0, 64) });
  await deps.store.updateMember(member.id, {
    timezone: zone,
    pointers: pointersAfterChange({ ...member, timezone: zone }, now),
  });
  const localTime = DateTime.fromJSDate(now, { zone }).toFormat("HH:mm");
  return say(t, "timezone.set", { zone, localTime });
};
