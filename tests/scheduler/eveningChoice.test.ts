// /evening moves the streak saver or turns it off; the scheduler follows.
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { members } from "../../src/db/schema/index.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

describe.each(testDatabases)("/evening on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  async function withStreak(as: string) {
    await bot.send("/start 2026-11-23", { as, at: "2026-11-26T15:00:00Z" });
    for (const day of ["2026-11-26", "2026-11-27"])
      await bot.send("/checkin 1h", { as, at: `${day}T15:00:00Z` });
  }

  it("GIVEN /evening 21:30 THEN Saturday's saver comes at 21:30, not 20:00", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    const scheduler = schedulerFor(bot, sender);
    await withStreak("owl");
    expect(await bot.send("/evening 21:30", { as: "owl", at: "2026-11-27T16:00:00Z" })).toBe(
      "🌙 On a day without a check-in, the streak saver comes at 21:30 (America/Sao_Paulo) from now on.",
    );
    sender.delivered.length = 0;
    await tickAt(scheduler, "2026-11-28T23:00:00Z"); // Saturday 20:00
    expect(sender.delivered.filter((d) => d.message.text.includes("streak"))).toEqual([]);
    await tickAt(scheduler, "2026-11-29T00:30:00Z"); // Saturday 21:30
    expect(sender.delivered.filter((d) => d.message.text.includes("2-day streak"))).toHaveLength(1);
  });

  it("GIVEN /noite desligar THEN no saver is scheduled or sent, and /noite alone says so", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    const scheduler = schedulerFor(bot, sender);
    await withStreak("calm");
    expect(
      await bot.send("/noite desligar", { as: "calm", at: "2026-11-27T16:00:00Z", locale: "pt-BR" }),
    ).toBe("🔕 Aviso da noite desligado. Para voltar a receber, mande um horário, ex.: /noite 20:00.");
    const [row] = await bot.db.select().from(members).where(eq(members.displayName, "calm"));
    expect(row).toMatchObject({ eveningTime: null, nextEveningAt: null });
    sender.delivered.length = 0;
    await tickAt(scheduler, "2026-11-28T23:00:00Z");
    expect(sender.delivered.filter((d) => d.message.text.includes("sequência"))).toEqual([]);
    expect(await bot.send("/noite", { as: "calm", at: "2026-11-28T23:05:00Z", locale: "pt-BR" })).toBe(
      "O aviso da noite está desligado. Para religar, mande um horário, ex.: /noite 20:00.",
    );
    expect(await bot.send("/evening late", { as: "calm", at: "2026-11-28T23:05:00Z" })).toBe(
      "“late” is not a time of day. Use 24-hour HH:MM, e.g. /evening 21:30 — or /evening off to stop it.",
    );
  });
});
