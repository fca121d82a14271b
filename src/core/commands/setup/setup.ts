// /setup [timezone] [weekday] [HH:MM] [public|private]: group admins choose where and when the weekly summary
// is posted, and whether check-in confirmations are for everyone.

import { nextGroupSummary } from "../../nudges/occurrences.js";
import { parseSetup, parseWeekday, type SetupChoice } from "../../nudges/parseArgs.js";
import { parseWallTime } from "../../nudges/wallClock.js";
import { err, ok, type Result } from "../../result.js";
import { groupRoadmapKey } from "../../roadmap/catalog.js";
import type { Roadmap } from "../../roadmap/types.js";
import { resolveZone, type ZoneHints } from "../../time/resolveZone.js";
import { zoneLabel } from "../../time/zoneOffset.js";
import type { CoreDeps } from "../context.js";
import { argText, type CommandArgs, defineCommand, type OwnRefusal, type ParseEnv } from "../spec.js";
import {
  CHECKINS,
  MILESTONE_ROLE_OPTIONS,
  names,
  replies,
  type SetupOption,
  type SetupReplies,
  texts,
  WEEKDAYS,
} from "./texts.js";

interface SetupRequest extends SetupChoice {
  /** The channel a form named for the summary; else the chat the command came from. */
  channelId?: string;
  /** The id of the roadmap the group follows from now on: an installed one, or one it imported. */
  roadmap?: string;
  /** Discord roles given with milestones, by milestone (see ROLE_MILESTONES). */
  milestoneRoles?: Map<string, string>;
}

/** "roadmap data-eng" (or "trilha …") among the other words of the text form. */
const ROADMAP_WORDS = /(?:^|\s)(?:roadmap|trilha)(?:\s+(\S+)|\s*$)/i;
const ROADMAP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Invalid = OwnRefusal<SetupReplies>;

const invalid = (input: string): Invalid => ({
  own: "invalid",
  params: { input: input.slice(0, 40) },
});

/** A form's field the admin filled and we could not read: they are told which, not the text syntax. */
const invalidField = (option: SetupOption, input: string): Invalid => ({
  own: "invalidOption",
  params: { option, input: input.slice(0, 40) },
});

/** A form's fields, each read by its own parser: the values never travel as one text. */
function fromOptions(
  values: Readonly<Record<string, string | number>>,
  hints: ZoneHints,
): Result<SetupRequest, Invalid> {
  const request: SetupRequest = {};
  const text = (name: string) => (values[name] === undefined ? null : String(values[name]).trim());
  const channel = text("channel");
  if (channel !== null && channel !== "") request.channelId = channel;
  const zone = text("timezone");
  if (zone !== null && zone !== "") {
    const resolved = resolveZone(zone, hints, { suggest: false });
    if (resolved.kind === "unknown") return err(invalidField("timezone", zone));
    request.zone = resolved.zone;
  }
  const day = text("day");
  if (day !== null && day !== "") {
    const weekday = parseWeekday(day);
    if (weekday === null) return err(invalidField("day", day));
    request.weekday = weekday;
  }
  const time = text("time");
  if (time !== null && time !== "") {
    const wall = parseWallTime(time);
    if (wall === null) return err(invalidField("time", time));
    request.time = wall;
  }
  const checkins = text("checkins");
  if (checkins === "public" || checkins === "private") request.publicCheckins = checkins === "public";
  else if (checkins !== null && checkins !== "") return err(invalidField("checkins", checkins));
  const roadmap = text("roadmap");
  if (roadmap !== null && roadmap !== "") {
    if (!ROADMAP_ID.test(roadmap.toLowerCase())) return err(invalidField("roadmap", roadmap));
    request.roadmap = roadmap.toLowerCase();
  }
  const roles = new Map<string, string>();
  for (const [option, milestone] of MILESTONE_ROLE_OPTIONS) {
    const role = text(option);
    if (role !== null && role !== "") roles.set(milestone, role);
  }
  if (roles.size > 0) request.milestoneRoles = roles;
  return ok(request);
}

function parseArgs(args: CommandArgs, env: ParseEnv): Result<SetupRequest, Invalid> {
  const hints: ZoneHints = { current: env.zone, locale: env.locale, at: env.now };
  if (args.kind === "options") return fromOptions(args.values, hints);
  const named = ROADMAP_WORDS.exec(args.text);
  const roadmap = named?.[1]?.toLowerCase();
  if (named !== null && (roadmap === undefined || !ROADMAP_ID.test(roadmap))) {
    return err({ own: "noRoadmapId", params: {} });
  }
  const rest = named === null ? args.text : args.text.replace(named[0], " ");
  const parsed = parseSetup(rest, hints);
  if (!parsed.ok) return err(invalid(parsed.error.input));
  return ok(roadmap === undefined ? parsed.value : { ...parsed.value, roadmap });
}

/**
 * Its writes (the settings, then the summary's next time, which depends on them) run in the transaction
 * dispatch opens for a command that changes data: a failure between them keeps neither, as the admin is told.
 */
export const setup = defineCommand<SetupRequest, SetupReplies>({
  ...names,
  options: [
    { name: "channel", kind: "channel", required: true },
    { name: "timezone", kind: "text", suggest: "timezone", maxLength: 64 },
    { name: "day", kind: "text", choices: () => WEEKDAYS },
    { name: "time", kind: "text", maxLength: 5, suggest: "time" },
    { name: "checkins", kind: "text", choices: () => CHECKINS },
    { name: "roadmap", kind: "text", maxLength: 64 },
    ...[...MILESTONE_ROLE_OPTIONS.keys()].map((name) => ({ name, kind: "role" as const })),
  ],
  where: "group",
  elsewhere: { own: "notGroup", params: {} },
  adminOnly: { own: "notAdmin", params: {} },
  visibility: "personal",
  menus: ["group"],
  changesData: true,
  texts,
  replies,
  parse: parseArgs,
  // The bot's permissions in the chosen channel, asked of the platform before the transaction opens.
  async prefetch(args, { message, capabilities }) {
    const check = capabilities.channelAccess;
    const chosen = args.kind === "options" ? argText(args, "channel") : "";
    const channelId = chosen === "" ? message.chat.channelId : chosen;
    return check === undefined || channelId === undefined ? {} : { channel: await check(channelId) };
  },
  async run({ deps, message, group: here, t, now, capabilities, prefetched, replies: say }, request) {
    // A channel the bot cannot post in would fail every week, unseen: nothing is saved, the admin is told.
    const access = prefetched.channel;
    if (access !== undefined && access.missing.length > 0) {
      return { text: say.cannotPost({ channel: access.mention, missing: access.missing }) };
    }
    // The roadmap first: an unknown one changes nothing at all.
    const chosen =
      request.roadmap === undefined || here === null
        ? null
        : await findRoadmap(deps, here.id, request.roadmap);
    if (request.roadmap !== undefined && chosen === null) {
      return {
        text: say.unknownRoadmap({
          input: request.roadmap,
          installed: deps.roadmaps.installed().map((r) => r.id),
        }),
      };
    }
    const current = await deps.schedule.groupByChat(message.platform, message.chat.id);
    const settings = {
      timezone: request.zone ?? current?.timezone ?? deps.defaultTimezone,
      summaryWeekday: request.weekday ?? current?.summaryWeekday ?? 6,
      summaryTime: request.time ?? current?.summaryTime ?? "20:00",
      summaryChannelId: request.channelId ?? message.chat.channelId ?? message.chat.id,
      // In a forum group, the topic /setup ran in gets the summary.
      summaryThreadId: message.chat.threadId ?? null,
      locale: t.locale,
      publicCheckins: request.publicCheckins ?? current?.publicCheckins ?? false,
    };
    const group = await deps.schedule.setupGroup(
      { platform: message.platform, chatId: message.chat.id, title: message.chat.title ?? message.chat.id },
      settings,
    );
    await deps.schedule.setGroupPointer(group.id, nextGroupSummary(group, now));
    const following = chosen === null ? 0 : await deps.store.chooseGroupRoadmap(group.id, chosen.key);
    const roles = request.milestoneRoles ?? new Map<string, string>();
    await deps.schedule.setMilestoneRoles(group.id, roles);
    const rolesLine = roles.size === 0 ? "" : `\n${say.milestoneRoles({ count: roles.size })}`;
    return {
      text:
        say.done({
          roadmap: chosen === null ? null : { title: chosen.roadmap.title[t.locale], following },
          title: group.title,
          channel: access?.mention ?? null,
          zone: zoneLabel(group.timezone),
          weekday: group.summaryWeekday,
          time: group.summaryTime,
          checkins: !capabilities.privateReplies
            ? "noPrivateReplies"
            : group.publicCheckins
              ? "public"
              : "private",
        }) + rolesLine,
    };
  },
});

/** A roadmap the group may follow by this id: one installed, else one the group imported. */
async function findRoadmap(
  deps: CoreDeps,
  groupId: number,
  id: string,
): Promise<{ key: string; roadmap: Roadmap } | null> {
  const installed = deps.roadmaps.installed().find((r) => r.id === id);
  if (installed !== undefined) return { key: id, roadmap: installed };
  const key = groupRoadmapKey(groupId, id);
  if ((await deps.store.groupRoadmap(key)) === null) return null;
  const roadmap = await deps.roadmaps.resolve(key, deps.store);
  // A kept file that no longer validates resolves to the default: not what the admin asked for.
  return roadmap.id === key ? { key, roadmap } : null;
}
