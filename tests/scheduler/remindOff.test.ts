import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { members, sends } from "../../src/db/schema/index.js";
import { previewDue } from "../../src/scheduler/preview.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

// São Paulo is UTC-3 all year. Saturday 2026-11-28 12:00 local:
const SAT_NOON = "2026-11-28T15:00:00Z";

describe.each(testDatabases)("daily nudge turned off, on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  it("GIVEN /remind off THEN no daily nudge is scheduled or sent, and /remind 08:00 brings it back", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    const scheduler = schedulerFor(bot, sender);
    await bot.send("/start", { as: "calm", at: SAT_NOON });
    expect(await bot.send("/remind off", { as: "calm", at: SAT_NOON })).toContain("Daily nudges are off");
    const [row] = await bot.db.select().from(members).where(eq(members.displayName, "calm"));
    expect(row).toMatchObject({ remindTime: null, nextMorningAt: null });
    expect(row?.nextEveningAt).not.toBeNull();

    const upcoming = await previewDue(scheduler, new Date(SAT_NOON), new Date("2026-12-01T00:00:00Z"));
    expect(upcoming.map((item) => item.kind)).not.toContain("daily");

    await tickAt(scheduler, "2026-11-29T12:00:00Z"); // Sunday 09:00
    expect(sender.delivered).toEqual([]);
    await tickAt(scheduler, "2026-11-30T12:00:00Z"); // Monday 09:00: no plan for the week either
    const morningSends = await bot.db.select().from(sends).where(eq(sends.slot, "morning"));
    expect(morningSends).toEqual([]);

    expect(
      await bot.send("/lembrete 08:00", { as: "calm", at: "2026-11-30T15:00:00Z", locale: "pt-BR" }),
    ).toBe("⏰ Lembretes diários às 08:00 (America/Sao_Paulo) a partir de agora.");
    // Studying, so Tuesday's morning is the day's nudge (three days without would make it a coming-back word).
    await bot.send("/checkin 1h", { as: "calm", at: "2026-11-30T15:00:00Z" });
    await tickAt(scheduler, "2026-12-01T11:00:00Z"); // Tuesday 08:00
    expect(await bot.db.select({ kind: sends.kind }).from(sends).where(eq(sends.slot, "morning"))).toEqual([
      { kind: "daily" },
    ]);
  });
});
