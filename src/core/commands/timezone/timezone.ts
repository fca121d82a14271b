// /timezone <city, zone or offset>: the zone that decides the member's local days and reminder hours.
import { DateTime } from "luxon";
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { err, ok } from "../../result.js";
import { resolveZone } from "../../time/resolveZone.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import { argText, defineCommand } from "../spec.js";
import { names, replies, type TimezoneReplies, texts } from "./texts.js";

export const timezone = defineCommand<{ zone: string; fixed: boolean } | null, TimezoneReplies>({
  ...names,
  options: [{ name: "zone", kind: "text", required: true, suggest: "timezone", maxLength: 64 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args, { zone: current, locale, now }) {
    const input = argText(args, "zone");
    if (input === "") return ok(null);
    const resolved = resolveZone(input, { current, locale, at: now });
    if (resolved.kind === "unknown") {
      return err({
        own: "unknown",
        params: { input: input.slice(0, 64), suggestions: resolved.suggestions },
      });
    }
    return ok({ zone: resolved.zone, fixed: resolved.kind === "fixed" });
  },
  async run({ deps, member, now, replies: say }, choice) {
    const zone = choice?.zone ?? member.timezone;
    const localTime = DateTime.fromJSDate(now, { zone }).toFormat("HH:mm");
    if (choice === null) return { text: say.current({ zone: zoneLabel(zone), localTime }) };
    await deps.store.updateMember(member.id, {
      timezone: zone,
      pointers: pointersAfterChange({ ...member, timezone: zone }, now),
    });
    const reply = choice.fixed ? say.setFixed : say.set;
    return { text: reply({ zone: zoneLabel(zone), localTime }) };
  },
});
