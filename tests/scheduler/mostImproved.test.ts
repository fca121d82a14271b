// The group summary names who rose most over their own 4-week average: a line anyone can earn. A
// newcomer's first week is no rise, and a member off the board is never named.
import { afterEach, describe, expect, it } from "vitest";
import { mostImproved } from "../../src/core/nudges/mostImproved.js";
import type { GroupMemberWeek } from "../../src/core/nudges/ports.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

const wednesdays = ["2026-11-04", "2026-11-11", "2026-11-18", "2026-11-25"];

describe.each(testDatabases)("most improved in the group summary on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  it("GIVEN steady weeks, then a better one THEN the largest rise over the own average is named", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    await bot.send("/setup America/Sao_Paulo sunday 20:00", {
      as: "admin",
      at: "2026-11-02T15:00:00Z",
      admin: true,
    });
    for (const day of wednesdays) {
      await bot.send("/checkin 2h", { as: "ana", at: `${day}T15:00:00Z` });
      await bot.send("/checkin 10h", { as: "bia", at: `${day}T15:00:00Z` });
      await bot.send("/checkin 1h", { as: "dani", at: `${day}T15:00:00Z` });
    }
    await bot.send("/leaderboard-optout", { as: "dani", at: "2026-11-30T15:00:00Z" });
    await bot.send("/checkin 6h", { as: "ana", at: "2026-12-02T15:00:00Z" });
    await bot.send("/checkin 12h", { as: "bia", at: "2026-12-02T15:00:00Z" });
    await bot.send("/checkin 12h", { as: "dani", at: "2026-12-02T15:00:00Z" });
    await bot.send("/checkin 12h", { as: "caio", at: "2026-12-02T15:00:00Z" });
    // Sunday 6 December, 20:00 in São Paulo.
    await tickAt(schedulerFor(bot, sender), "2026-12-06T23:00:00Z");
    const text = sender.delivered.findLast((d) => d.channel)?.message.text ?? "";
    expect(text).toContain("📈 Most improved: ana, +4h over their 4-week average");
  });
});

describe("the most improved", () => {
  const row = (memberId: number, minutes: number, optedOut = false): GroupMemberWeek => ({
    memberId,
    displayName: `m${memberId}`,
    optedOut,
    minutes,
    unreachable: false,
    goal: { weeklyGoalMinutes: null, roadmapStart: null, restDays: [], pausedDays: [] },
  });

  it("GIVEN nobody above their average THEN nobody; a rise counts its weeks without hours as zero", () => {
    expect(mostImproved([row(1, 60)], new Map([[1, [120, 120, 0, 0]]]))).toBeNull();
    expect(mostImproved([row(1, 120)], new Map([[1, [120, 0, 0, 0]]]))).toEqual({
      name: "m1",
      riseMinutes: 90,
    });
    expect(mostImproved([row(1, 600, true)], new Map([[1, [60, 0, 0, 0]]]))).toBeNull();
    expect(mostImproved([row(1, 600)], new Map())).toBeNull();
  });
});
