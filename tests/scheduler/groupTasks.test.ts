// The group summary shows the tasks each member ticked in their own roadmap week and the group's share of
// the week's tasks; a member off the board counts in the share, never by name.
import { afterEach, describe, expect, it } from "vitest";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

const MON = "2026-11-30T15:00:00Z";

describe.each(testDatabases)("tasks in the group summary on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  it("GIVEN members ticking tasks, one off the board THEN named counts and the whole group's share", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    await bot.send("/setup America/Sao_Paulo sunday 20:00", { as: "admin", at: MON, admin: true });
    for (const as of ["ana", "bia", "caio"]) {
      await bot.send("/start 2026-11-30", { as, at: MON });
      await bot.send("/checkin 1h", { as, at: MON });
    }
    for (const n of [1, 2, 3]) await bot.send(`/done ${n}`, { as: "ana", at: MON });
    await bot.send("/done 1", { as: "bia", at: MON });
    await bot.send("/done 1", { as: "caio", at: MON });
    await bot.send("/leaderboard-optout", { as: "caio", at: MON });
    // Sunday 6 December, 20:00 in São Paulo.
    await tickAt(schedulerFor(bot, sender), "2026-12-06T23:00:00Z");
    const text = sender.delivered.find((d) => d.channel)?.message.text ?? "";
    // 5 of the 15 tasks of three members' week 1.
    expect(text).toContain("✅ Tasks this week: 33% done by the group — ana 3/5, bia 1/5");
    expect(text).not.toContain("caio");
  });
});
