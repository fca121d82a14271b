// /daystart moves where a night's check-in falls, and the evening streak saver follows: a check-in at 01:00
// before a 04:00 day start was the day before's, so the new day still has none.
import { afterEach, describe, expect, it } from "vitest";
import { previewDue } from "../../src/scheduler/preview.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

// São Paulo is UTC-3 all year. Saturday 28 November 2026, 01:00 and 20:00 (the default streak saver):
const SAT_0100 = "2026-11-28T04:00:00Z";
const SAT_2000 = "2026-11-28T23:00:00Z";

describe.each(testDatabases)("/daystart and the streak saver on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  /** A streak of Thursday and Friday, then the night's only check-in at 01:00 on Saturday. */
  async function nightOwl(as: string, dayStart: string | null) {
    await bot.send("/start 2026-11-23", { as, at: "2026-11-26T15:00:00Z" });
    if (dayStart !== null) await bot.send(`/daystart ${dayStart}`, { as, at: "2026-11-26T15:00:00Z" });
    for (const day of ["2026-11-26", "2026-11-27"])
      await bot.send("/checkin 1h", { as, at: `${day}T15:00:00Z` });
    await bot.send("/checkin 1h", { as, at: SAT_0100 });
  }

  it("GIVEN /daystart 04:00 and a check-in at 01:00 THEN Saturday evening's saver comes; without a day start it does not", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    const scheduler = schedulerFor(bot, sender);
    await nightOwl("owl", "04:00");
    await nightOwl("lark", null);

    const due = await previewDue(scheduler, new Date(SAT_2000), new Date(Date.parse(SAT_2000) + 60_000));
    const evenings = due.filter((item) => item.kind === "evening");
    expect(evenings.map((item) => item.member)).toEqual(["owl"]);
    // Thursday and Friday: the 01:00 check-in was Friday's, so Saturday is the day still open.
    expect(evenings[0]?.text).toBe(
      "🔥 owl, your 2-day streak is still open today. Even 20 minutes keeps it alive: /checkin 20m",
    );

    await tickAt(scheduler, SAT_2000);
    const savers = sender.delivered.filter((d) => d.message.text.includes("streak"));
    expect(savers.map((d) => d.to)).toEqual(["owl"]);
  });

  it("GIVEN /daystart 04:00 and a check-in at 04:10 THEN Saturday has its check-in and no saver comes", async () => {
    bot = await openBot(database);
    const scheduler = schedulerFor(bot, recordingSender());
    await bot.send("/start 2026-11-23", { as: "dawn", at: "2026-11-26T15:00:00Z" });
    await bot.send("/daystart 04:00", { as: "dawn", at: "2026-11-26T15:00:00Z" });
    for (const day of ["2026-11-26", "2026-11-27"])
      await bot.send("/checkin 1h", { as: "dawn", at: `${day}T15:00:00Z` });
    await bot.send("/checkin 1h", { as: "dawn", at: "2026-11-28T07:10:00Z" }); // 04:10
    const due = await previewDue(scheduler, new Date(SAT_2000), new Date(Date.parse(SAT_2000) + 60_000));
    expect(due.filter((item) => item.kind === "evening")).toEqual([]);
  });
});
