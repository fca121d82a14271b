// Squads in scheduled sends: the evening saver says when the others are done and the squad waits on you;
// the weekly summary names a squad whose members all reached their own goal, and never one that did not.
import { afterEach, describe, expect, it } from "vitest";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

// São Paulo is UTC-3 all year. Saturday 28 November 2026, noon and 20:00 (the default streak saver).
const SAT_NOON = "2026-11-28T15:00:00Z";
const SAT_2000 = "2026-11-28T23:00:00Z";
const noon = (day: string) => `${day}T15:00:00Z`;

describe.each(testDatabases)("squads in scheduled sends on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  it("GIVEN the others done today and the reader not THEN the evening saver says the squad's streak waits on them", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    for (const as of ["ana", "caio", "bia", "rui"]) {
      await bot.send("/start 2026-11-23", { as, at: noon("2026-11-25") });
    }
    await bot.send("/squad create Foco", { as: "ana", at: noon("2026-11-25") });
    await bot.send("/squad join Foco", { as: "caio", at: noon("2026-11-25") });
    await bot.send("/equipe entrar Foco", { as: "bia", at: noon("2026-11-25"), locale: "pt-BR" });
    await bot.send("/squad create Solo", { as: "rui", at: noon("2026-11-25") });
    for (const day of ["2026-11-25", "2026-11-26", "2026-11-27"]) {
      for (const as of ["ana", "caio", "bia", "rui"]) await bot.send("/checkin 1h", { as, at: noon(day) });
    }
    await bot.send("/checkin 1h", { as: "ana", at: SAT_NOON });
    await bot.send("/checkin 1h", { as: "caio", at: SAT_NOON });

    await tickAt(schedulerFor(bot, sender), SAT_2000);
    const saverOf = (to: string) => sender.delivered.find((d) => !d.channel && d.message.text.includes(to));
    expect(saverOf("bia")?.message.text).toBe(
      [
        "🔥 bia, your 3-day streak is still open today. Even 20 minutes keeps it alive: /checkin 20m",
        "👥 ana and caio are done today — you keep the squad's 3 days with a check-in.",
      ].join("\n"),
    );
    // Alone in a squad, nobody is waiting on Rui: his saver is the usual one.
    expect(saverOf("rui")?.message.text).toBe(
      "🔥 rui, your 3-day streak is still open today. Even 20 minutes keeps it alive: /checkin 20m",
    );
  });

  it("GIVEN a squad whose members all reached their own goal THEN the summary names it, and not a squad that missed", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    await bot.send("/setup America/Sao_Paulo sunday 20:00", {
      as: "admin",
      at: noon("2026-11-23"),
      admin: true,
    });
    await bot.send("/squad create Foco", { as: "ana", at: noon("2026-11-23") });
    await bot.send("/squad join Foco", { as: "caio", at: noon("2026-11-23") });
    await bot.send("/squad create Quase", { as: "bia", at: noon("2026-11-23") });
    await bot.send("/squad join Quase", { as: "dani", at: noon("2026-11-23") });
    for (const as of ["ana", "caio", "bia", "dani"])
      await bot.send("/goal 3h", { as, at: noon("2026-11-23") });
    await bot.send("/checkin 3h", { as: "ana", at: noon("2026-11-24") });
    await bot.send("/checkin 4h", { as: "caio", at: noon("2026-11-25") });
    await bot.send("/checkin 5h", { as: "bia", at: noon("2026-11-25") });
    await bot.send("/checkin 1h", { as: "dani", at: noon("2026-11-25") });

    // Sunday 29 November, 20:00 in São Paulo.
    await tickAt(schedulerFor(bot, sender), "2026-11-29T23:00:00Z");
    const text = sender.delivered.findLast((d) => d.channel)?.message.text ?? "";
    expect(text).toContain("👥 Every member reached their goal in squad Foco — well done together!");
    expect(text).not.toContain("Quase");
  });
});
