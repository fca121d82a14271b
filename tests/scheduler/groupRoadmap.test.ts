// A group's own roadmap reaches what the scheduler sends: its members' nudges name its tasks, and the
// summary counts the group's share of them.
import { afterEach, describe, expect, it } from "vitest";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { attached, readmeRoadmapYaml } from "../support/exampleRoadmap.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

const MON = "2026-12-07T15:00:00Z";

describe.each(testDatabases)("a group's roadmap in scheduled sends on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  it("GIVEN a group following an uploaded roadmap THEN the morning nudge and the summary speak of its tasks", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    const admin = { as: "admin", at: MON, admin: true };
    await bot.send("/setup America/Sao_Paulo sunday 20:00", admin);
    await bot.send("/roadmap import", {
      ...admin,
      attachment: attached("dados.yaml", await readmeRoadmapYaml()),
    });
    for (const as of ["ana", "bia"]) {
      await bot.send("/start 2026-12-07", { as, at: MON });
      await bot.send("/checkin 1h", { as, at: MON });
    }
    await bot.send("/done 1", { as: "ana", at: MON });

    // Tuesday 09:00 in São Paulo: ana's next task is the roadmap's second, bia's its first.
    const scheduler = schedulerFor(bot, sender);
    await tickAt(scheduler, "2026-12-08T12:00:00Z");
    const morning = (who: string) =>
      sender.delivered.find((d) => d.to === who && !d.channel)?.message.text ?? "";
    expect(morning("ana")).toContain("Answer three questions with GROUP BY and JOIN.");
    expect(morning("bia")).toContain("Load a public CSV into PostgreSQL.");

    // Sunday 13 December, 20:00 in São Paulo: 1 of the 6 tasks of two members' week 1, hours against the
    // roadmap's 8 h a week.
    await tickAt(scheduler, "2026-12-13T23:00:00Z");
    const summary = sender.delivered.find((d) => d.channel)?.message.text ?? "";
    expect(summary).toContain("🥇 ana — 1h · 12%");
    expect(summary).toContain("✅ Tasks this week: 17% done by the group — ana 1/3");
  });
});
