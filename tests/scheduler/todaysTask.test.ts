// "Today's task" in the daily nudge and the plan reminder is the first task of the member's week not yet
// ticked, in the roadmap's order — whatever weekday they started on.
import { afterEach, describe, expect, it } from "vitest";
import { previewDue } from "../../src/scheduler/preview.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor } from "../support/scheduler.js";

/** 09:00 in São Paulo (UTC-3) on a local day: the default morning nudge. */
const nineAm = (day: string) => new Date(`${day}T12:00:00Z`);

describe.each(testDatabases)("today's task on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  async function morningOf(as: string, day: string): Promise<string | undefined> {
    const scheduler = schedulerFor(bot, recordingSender());
    const from = nineAm(day);
    const due = await previewDue(scheduler, from, new Date(from.getTime() + 60_000));
    return due.find((i) => i.member === as && i.kind === "daily")?.text;
  }

  it("GIVEN a start on Wednesday THEN Thursday's task is week 1's first, then the second once the first is ticked", async () => {
    bot = await openBot(database);
    await bot.send("/start 2026-12-02", { as: "wed", at: "2026-12-02T15:00:00Z" });
    await bot.send("/checkin 1h", { as: "wed", at: "2026-12-02T16:00:00Z" });
    expect(await morningOf("wed", "2026-12-03")).toContain(
      "Today's task: Create a virtualenv with python -m venv",
    );
    await bot.send("/done 1", { as: "wed", at: "2026-12-03T13:00:00Z" });
    expect(await morningOf("wed", "2026-12-04")).toContain(
      "Today's task: Write a script that uses lists and dictionaries",
    );
  });

  it("GIVEN a late joiner in week 2 THEN the task is week 2's first, load before clean before plot", async () => {
    bot = await openBot(database);
    const pt = { as: "late", locale: "pt-BR" as const };
    // Day 1 on Monday 23 November: Thursday 3 December is in week 2.
    await bot.send("/start 2026-11-23", { ...pt, at: "2026-12-02T15:00:00Z" });
    await bot.send("/checkin 1h", { ...pt, at: "2026-12-02T16:00:00Z" });
    expect(await morningOf("late", "2026-12-03")).toContain(
      "Tarefa de hoje: Carregar um CSV público com pandas",
    );
    await bot.send("/feito 1", { ...pt, at: "2026-12-03T13:00:00Z" });
    await bot.send("/feito 3", { ...pt, at: "2026-12-03T13:00:00Z" });
    // Task 2 (clean) is still open: it comes before the ticked third and the fourth (plot).
    expect(await morningOf("late", "2026-12-04")).toContain("Tarefa de hoje: Limpar os dados");
  });

  it("GIVEN the whole week ticked THEN the next week's first task", async () => {
    bot = await openBot(database);
    await bot.send("/start 2026-11-30", { as: "fast", at: "2026-11-30T15:00:00Z" });
    await bot.send("/checkin 1h", { as: "fast", at: "2026-12-01T16:00:00Z" });
    for (const n of [1, 2, 3, 4, 5]) await bot.send(`/done ${n}`, { as: "fast", at: "2026-12-01T17:00:00Z" });
    expect(await morningOf("fast", "2026-12-02")).toContain("Today's task: Load a public CSV with pandas");
  });
});
