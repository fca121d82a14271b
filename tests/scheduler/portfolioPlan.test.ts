// The weekly plans of the roadmap's last month point at the next portfolio deliverable not ticked yet.
import { afterEach, describe, expect, it } from "vitest";
import { previewDue } from "../../src/scheduler/preview.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor } from "../support/scheduler.js";

/** A São Paulo day (UTC-3 all year), from midnight to midnight, as UTC instants. */
const spDay = (day: string) =>
  [new Date(`${day}T03:00:00Z`), new Date(Date.parse(`${day}T03:00:00Z`) + 86_400_000)] as const;

describe.each(testDatabases)("the last month's weekly plans on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  it("GIVEN week 9 (Month 3) THEN Monday's plan names the next missing deliverable; week 8's does not", async () => {
    bot = await openBot(database);
    const scheduler = schedulerFor(bot, recordingSender());
    const weeklyPlan = async (as: string, day: string) => {
      const [from, until] = spDay(day);
      const items = await previewDue(scheduler, from, until);
      return items.find((i) => i.member === as && i.kind === "weekly_plan")?.text ?? null;
    };
    // Day 1 on Monday 2 November: week 8 begins on Monday 21 December, week 9 on Monday 28 December.
    await bot.send("/start 2026-11-02", { as: "lia", at: "2026-11-02T12:00:00Z" });
    await bot.send("/start 2026-11-02", { as: "rafa", at: "2026-11-02T12:00:00Z", locale: "pt-BR" });
    const people = [
      { as: "lia", locale: "en" as const },
      { as: "rafa", locale: "pt-BR" as const },
    ];
    for (const who of people) {
      await bot.send("/done p1 https://example.com/churn", { ...who, at: "2026-12-20T15:00:00Z" });
      await bot.send("/checkin 1h", { ...who, at: "2026-12-20T15:00:00Z" });
    }
    const week8 = await weeklyPlan("lia", "2026-12-21");
    expect(week8).toContain("Week 8 of 12");
    // A week inside a month says which; the week opening one says it as its fresh start instead.
    expect(week8).toContain("\n📅 Month 2 — Practice\n");
    expect(week8).not.toContain("🎯");

    for (const who of people) await bot.send("/checkin 1h", { ...who, at: "2026-12-27T15:00:00Z" });
    const week9 = await weeklyPlan("lia", "2026-12-28");
    expect(week9).toContain("Week 9 of 12");
    expect(week9).toContain("✨ Month 3 — Portfolio and preparation — a fresh start.");
    expect(week9).not.toContain("📅");
    expect(week9).toContain(
      "🎯 Portfolio: next up is p2 — GitHub Actions configured for tests, build and push of the Docker image. Tick it with /done p2 <link>.",
    );
    expect(await weeklyPlan("rafa", "2026-12-28")).toContain(
      "🎯 Portfólio: a próxima entrega é a p2 — GitHub Actions configurado para testes, build e push de imagem Docker. Marque com /feito p2 <link>.",
    );
  });
});
