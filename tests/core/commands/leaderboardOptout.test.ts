// /leaderboard-optout applies to the group where it is said, or to every group with `all` (and in a
// private chat); the hours count in every group's total either way.
import { beforeEach, describe, expect, it } from "vitest";
import type { IncomingMessage } from "../../../src/core/commands/context.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

const AT = "2026-12-02T15:00:00Z";
const LATER = "2026-12-02T17:00:00Z";
const LATEST = "2026-12-02T19:00:00Z";
const group = (id: string): IncomingMessage["chat"] => ({ id, kind: "group", title: id });
const JOBS = group("jobs-club");
const MLOPS = group("mlops-class");
const DM: IncomingMessage["chat"] = { id: "dm-ana", kind: "private" };

describe.each(botBackends)("the board opt-out per group on $name", (backend) => {
  let bot: PortBot;
  beforeEach(async () => {
    bot = await backend.open();
    // ana is in both groups, caio only in the first; ana's hours count in both.
    await bot.send("/checkin 3h", { as: "ana", at: AT, chat: JOBS });
    await bot.send("/checkin 1h", { as: "ana", at: AT, chat: MLOPS });
    await bot.send("/checkin 2h", { as: "caio", at: AT, chat: JOBS });
  });
  const board = (chat: IncomingMessage["chat"]) => bot.send("/leaderboard", { as: "caio", at: AT, chat });

  it("GIVEN ana leaves the board in one group THEN only that board hides her name, her hours in its total", async () => {
    expect(await bot.send("/leaderboard-optout", { as: "ana", at: AT, chat: JOBS })).toContain(
      "You're off this group's leaderboard",
    );
    const jobs = await board(JOBS);
    expect(jobs).not.toContain("ana");
    expect(jobs).toContain("(+1 studying off the board)");
    expect(jobs).toContain("6h");
    expect(await board(MLOPS)).toContain("ana — 4h");

    // Her check-ins in that group no longer tell it her week; in the other group they still do.
    const there = await bot.reply("/checkin 30m", { as: "ana", at: LATER, chat: JOBS });
    expect(there?.text).toContain("Logged 30min");
    expect(there?.text).not.toContain("This week");
    const here = await bot.reply("/checkin 1h15", { as: "ana", at: LATEST, chat: MLOPS });
    expect(here?.text).toContain("This week: 5h45 of 20h");
  });

  it("GIVEN /leaderboard-optout all, or said in a private chat THEN every board hides her, and those of groups joined later", async () => {
    expect(await bot.send("/leaderboard-optout all", { as: "ana", at: AT, chat: MLOPS })).toContain(
      "off the leaderboard in every group",
    );
    expect(await board(JOBS)).not.toContain("ana");
    expect(await board(MLOPS)).not.toContain("ana");
    await bot.send("/checkin 1h", { as: "ana", at: LATER, chat: group("new-group") });
    expect(await bot.send("/leaderboard", { as: "ana", at: AT, chat: group("new-group") })).not.toContain(
      "ana —",
    );

    await bot.send("/leaderboard-optin all", { as: "ana", at: AT, chat: DM });
    expect(await board(JOBS)).toContain("ana — 5h");
    expect(await bot.send("/placar-sair", { as: "ana", at: AT, chat: DM, locale: "pt-BR" })).toContain(
      "Você saiu do placar de todos os grupos",
    );
    expect(await board(MLOPS)).not.toContain("ana");
  });

  it("GIVEN ana off every board who comes back in one group THEN she shows there alone", async () => {
    await bot.send("/leaderboard-optout all", { as: "ana", at: AT, chat: DM });
    expect(await bot.send("/leaderboard-optin", { as: "ana", at: AT, chat: MLOPS })).toBe(
      "You're on this group's leaderboard again.",
    );
    expect(await board(MLOPS)).toContain("ana — 4h");
    expect(await board(JOBS)).not.toContain("ana");
  });

  it("GIVEN a word that is no group choice THEN a friendly example, and nothing changes", async () => {
    const reply = await bot.send("/leaderboard-optout everybody", { as: "ana", at: AT, chat: JOBS });
    expect(reply).toBe(
      "“everybody” is not a group choice. Send /leaderboard-optout in the group whose board you want to leave, or /leaderboard-optout all for every group.",
    );
    expect(await board(JOBS)).toContain("ana — 4h");
    expect(
      await bot.send("/placar-entrar qualquer", { as: "ana", at: AT, chat: JOBS, locale: "pt-BR" }),
    ).toContain("Não entendi “qualquer”. Mande /placar-entrar no grupo");
  });
});
