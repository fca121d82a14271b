// /goal: a member's own weekly goal, shown wherever the target is, and weeks that are fair to it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";

// Wednesday 2026-12-02, 12:00 in São Paulo.
const WED = "2026-12-02T15:00:00Z";

describe.each(testDatabases)("/goal on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  it("GIVEN /goal alone THEN the roadmap's 20h and how to make it one's own", async () => {
    expect(await bot.send("/goal", { as: "ana", at: WED })).toBe(
      "🎯 Your weekly goal: 20h, the roadmap's. Make it yours with e.g. /goal 12h — anything from 2h to 40h.",
    );
    expect(await bot.send("/meta", { as: "ana", at: WED, locale: "pt-BR" })).toBe(
      "🎯 A sua meta semanal: 20h, a do roadmap. Para definir a sua, ex.: /meta 12h — pode ser de 2h a 40h.",
    );
  });

  it("GIVEN /goal 10h THEN progress, check-ins and the pace follow it; default goes back", async () => {
    const as = "caio";
    await bot.send("/start 2026-11-23", { as, at: WED });
    await bot.send("/checkin 2h", { as, at: WED });
    expect(await bot.send("/goal 10h", { as, at: WED })).toBe(
      "🎯 Your weekly goal is now 10h. This week: 2h of 10h.",
    );
    const progress = await bot.send("/progress", { as, at: WED });
    expect(progress).toContain("This week: 2h of 10h");
    expect(progress).toContain("Pace: 1h36 each of the 5 days left to reach the target.");
    expect(await bot.send("/checkin 1h", { as, at: WED })).toContain("This week: 3h of 10h");
    expect(await bot.send("/meta padrão", { as, at: WED, locale: "pt-BR" })).toBe(
      "🎯 De volta à meta do roadmap: 20h por semana. Esta semana: 3h de 20h.",
    );
    expect(await bot.send("/progress", { as, at: WED })).toContain("This week: 3h of 20h");
  });

  it("GIVEN halves and words THEN read; outside 2h–40h or unreadable THEN refused with an example and nothing changes", async () => {
    const as = "bia";
    expect(await bot.send("/meta 12,5 horas", { as, at: WED, locale: "pt-BR" })).toContain(
      "A sua meta semanal agora é de 12h30.",
    );
    expect(await bot.send("/goal 7h30", { as, at: WED })).toContain("Your weekly goal is now 7h30.");
    expect(await bot.send("/goal 60h", { as, at: WED })).toBe(
      "60h is outside what a weekly goal can be: pick from 2h to 40h, e.g. /goal 12h.",
    );
    expect(await bot.send("/meta 1h", { as, at: WED, locale: "pt-BR" })).toBe(
      "1h não cabe numa meta semanal: escolha de 2h a 40h, ex.: /meta 12h.",
    );
    expect(await bot.send("/goal lots", { as, at: WED })).toBe(
      "I couldn't read “lots” as hours a week. For example: /goal 12h or /goal 7h30",
    );
    expect(await bot.send("/goal", { as, at: WED })).toContain("Your weekly goal: 7h30.");
  });

  it("GIVEN day 1 on a Wednesday THEN that week asks for five sevenths of the goal", async () => {
    const as = "dora";
    await bot.send("/start 2026-12-02", { as, at: WED });
    expect(await bot.send("/checkin 1h", { as, at: WED })).toContain("This week: 1h of 14h15");
    expect(await bot.send("/goal 14h", { as, at: WED })).toBe(
      "🎯 Your weekly goal is now 14h. This week counts 10h (days off are not asked for): 1h so far.",
    );
  });
});
