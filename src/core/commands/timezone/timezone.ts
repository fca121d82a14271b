// /timezone <IANA zone>: the zone that decides the member's local days and reminder hours.
import { DateTime } from "luxon";
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { err, ok } from "../../result.js";
import { canonicalZone } from "../../time/dates.js";
import { argText, defineCommand } from "../spec.js";
import { names, replies, type TimezoneReplies, texts } from "./texts.js";

export const timezone = defineCommand<{ zone: string | null }, TimezoneReplies>({
  ...names,
  options: [{ name: "zone", kind: "text", required: true, suggest: "timezone", maxLength: 64 }],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "zone");
    if (input === "") return ok({ zone: null });
    const zone = canonicalZone(input);
    return zone === null ? err({ own: "unknown", params: { input: input.slice(0, 64) } }) : ok({ zone });
  },
  async run({ deps, member, now, replies: say }, { zone }) {
    if (zone === null) return { text: say.current({ zone: member.timezone }) };
    await deps.store.updateMember(member.id, {
      timezone: zone,
      pointers: pointersAfterChange({ ...member, timezone: zone }, now),
    });
    const localTime = DateTime.fromJSDate(now, { zone }).toFormat("HH:mm");
    return { text: say.set({ zone, localTime }) };
  },
});
