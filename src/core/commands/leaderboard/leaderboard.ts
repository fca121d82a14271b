// /leaderboard [this|last|all]: the group's hours, by member.

import { cardOf } from "../../card.js";
import type { LeaderboardPeriod } from "../../messages/schedule.js";
import { type BoardRank, boardSize, buildBoard } from "../../nudges/board.js";
import { parsePeriod } from "../../nudges/parseArgs.js";
import { weekTargetOf } from "../../progress/goal.js";
import { err, ok } from "../../result.js";
import { addDays, localDateOf, weekOf } from "../../time/dates.js";
import { say } from "../reply.js";
import { argText, defineCommand } from "../spec.js";
import {
  HOURS_WORDS,
  type LeaderboardReplies,
  names,
  ORDER_LABELS,
  PERIOD_LABELS,
  replies,
  texts,
} from "./texts.js";

export const leaderboard = defineCommand<{ period: LeaderboardPeriod; rank: BoardRank }, LeaderboardReplies>({
  ...names,
  options: [
    {
      name: "period",
      kind: "text",
      choices: () =>
        (["this", "last", "all"] as const).map((value) => ({ value, label: PERIOD_LABELS[value] })),
    },
    {
      name: "order",
      kind: "text",
      choices: () => (["share", "hours"] as const).map((value) => ({ value, label: ORDER_LABELS[value] })),
    },
  ],
  where: "group",
  elsewhere: { own: "notGroup", params: {} },
  visibility: "public",
  menus: ["group"],
  changesData: false,
  texts,
  replies,
  parse(args) {
    const words = argText(args, "period")
      .split(/\s+/)
      .filter((w) => w !== "");
    const hours = (w: string) => HOURS_WORDS.has(w.toLowerCase());
    const rank: BoardRank = words.some(hours) || argText(args, "order") === "hours" ? "hours" : "share";
    const parsed = parsePeriod(words.filter((w) => !hours(w)).join(" "));
    return parsed.ok
      ? ok({ period: parsed.value, rank })
      : err({ own: "invalidPeriod", params: parsed.error });
  },
  async run({ deps, message, t, now, replies: own }, { period, rank }) {
    const group = await deps.schedule.groupByChat(message.platform, message.chat.id);
    if (group === null) return { text: own.notGroup({}) };
    const thisWeek = weekOf(localDateOf(now, group.timezone));
    const [from, to] =
      period === "this"
        ? [thisWeek.start, thisWeek.end]
        : period === "last"
          ? [addDays(thisWeek.start, -7), addDays(thisWeek.start, -1)]
          : [null, thisWeek.end];
    const members = await deps.schedule.groupMinutes(group.id, from, to);
    // A week's board shows each member's share of their own goal; all time has no goal to share.
    const board = buildBoard(
      members,
      from === null ? undefined : (m) => weekTargetOf(m.goal, deps.roadmap, to),
      rank,
    );
    const reply = say(t, "leaderboard", { period, ...board });
    return { ...reply, card: cardOf(reply.text, [boardSize(board)]) };
  },
});
