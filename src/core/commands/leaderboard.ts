// /leaderboard [this|last|all] in a group, and the opt-out / opt-in of the board.
import { buildBoard } from "../nudges/board.js";
import { parsePeriod } from "../nudges/parseArgs.js";
import { addDays, localDateOf, weekOf } from "../time/dates.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const leaderboard: CommandHandler = async ({ deps, message, t, now }, args) => {
  const period = parsePeriod(args);
  if (!period.ok) return say(t, "leaderboard.invalidPeriod", period.error);
  const group =
    message.chat.kind === "group" ? await deps.schedule.groupByChat(message.platform, message.chat.id) : null;
  if (group === null) return say(t, "leaderboard.notGroup", {});
  const thisWeek = weekOf(localDateOf(now, group.timezone));
  const [from, to] =
    period.value === "this"
      ? [thisWeek.start, thisWeek.end]
      : period.value === "last"
        ? [addDays(thisWeek.start, -7), addDays(thisWeek.start, -1)]
        : [null, thisWeek.end];
  const board = buildBoard(await deps.schedule.groupMinutes(group.id, from, to));
  return say(t, "leaderboard", { period: period.value, ...board });
};

export const leaderboardOptOut: CommandHandler = async ({ deps, member, t }) => {
  await deps.store.updateMember(member.id, { leaderboardOptOut: true });
  return say(t, "optout.done", {});
};

export const leaderboardOptIn: CommandHandler = async ({ deps, member, t }) => {
  await deps.store.updateMember(member.id, { leaderboardOptOut: false });
  return say(t, "optin.done", {});
};
