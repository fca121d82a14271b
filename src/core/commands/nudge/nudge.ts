// /nudge @member: one friendly DM to a study buddy of the same group, naming who nudged, once a day per pair
// and never in their quiet hours (it waits for them to end); /nudge off|on: whether the member gets nudges.
import { heldUntil } from "../../nudges/decide.js";
import type { BuddyRef } from "../../nudges/oneOffPorts.js";
import { memberDayOf } from "../../time/memberDay.js";
import { defineCommand } from "../spec.js";
import { type NudgeRequest, parseNudge } from "./parseNudge.js";
import { type NudgeReplies, names, replies, texts } from "./texts.js";

export const nudge = defineCommand<NudgeRequest, NudgeReplies>({
  ...names,
  options: [
    { name: "member", kind: "member" },
    {
      name: "turn",
      kind: "text",
      choices: () => [
        { value: "off", label: { en: "off", "pt-BR": "desligar" } },
        { value: "on", label: { en: "on", "pt-BR": "ligar" } },
      ],
    },
  ],
  where: "any",
  visibility: "personal",
  menus: ["group"],
  changesData: true,
  texts,
  replies,
  parse: parseNudge,
  async run({ deps, message, member, group, now, today, replies: say }, request) {
    if (request.kind === "turn") {
      await deps.schedule.setNudgesOff(member.id, request.off);
      return { text: request.off ? say.turnedOff({}) : say.turnedOn({}) };
    }
    if (group === null) return { text: say.inPrivate({}) };
    const who: BuddyRef | null =
      request.who ?? (message.replyTo ? { kind: "account", platformUserId: message.replyTo.userId } : null);
    if (who === null) return { text: say.whom({}) };
    const found = await deps.schedule.findBuddies(group.id, message.platform, who);
    const [buddy] = found;
    if (buddy === undefined)
      return { text: who.kind === "name" ? say.notFound({ who: who.name }) : say.notMember({}) };
    if (found.length > 1 && who.kind === "name") return { text: say.several({ who: who.name }) };
    const name = buddy.displayName;
    if (buddy.member.id === member.id) return { text: say.self({}) };
    if (buddy.member.nudgesOff) return { text: say.theyTurnedOff({ name }) };
    // A pause is a break from every nudge, a buddy's too.
    const { pausedUntil } = buddy.member;
    if (pausedUntil !== null && memberDayOf(now, buddy.member) <= pausedUntil)
      return { text: say.theyArePaused({ name }) };
    if (buddy.member.dm === null || buddy.member.dm.unreachable) return { text: say.noDm({ name }) };
    // Held by the recipient's quiet hours: due once they end, and the tick sends it then.
    const held = heldUntil({
      slot: "oneoff",
      dueAt: now,
      now,
      zone: buddy.member.timezone,
      quiet: buddy.member.quiet,
      reachable: true,
    });
    const queued = await deps.schedule.queueOneOff({
      // Once a day per pair, the nudger's day.
      key: `buddy_nudge:m${member.id}>m${buddy.member.id}:${today}`,
      kind: "buddy_nudge",
      memberId: buddy.member.id,
      groupId: group.id,
      fromMemberId: member.id,
      detail: member.displayName,
      dueAt: held ?? now,
      createdAt: now,
    });
    if (!queued) return { text: say.alreadyToday({ name }) };
    return { text: held === null ? say.sent({ name }) : say.later({ name }) };
  },
});
