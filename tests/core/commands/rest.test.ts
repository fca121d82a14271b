// /rest and /pause keep a streak; a missed day spends a freeze; /progress says what the streak rests on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../../src/core/time/dates.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";

/** Noon in São Paulo on a local day. */
const noon = (day: string) => `${day}T15:00:00Z`;

describe.each(testDatabases)("forgiving streaks on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  async function checkinDays(as: string, first: string, count: number) {
    for (let i = 0; i < count; i += 1) await bot.send("/checkin 1h", { as, at: noon(addDays(first, i)) });
  }

  it("GIVEN /rest THEN the streak is kept, the week's target shrinks, and only one a week", async () => {
    const as = "ana";
    await bot.send("/start 2026-11-30", { as, at: noon("2026-11-30") });
    await checkinDays(as, "2026-11-30", 3);
    expect(await bot.send("/rest", { as, at: noon("2026-12-03") })).toBe(
      "😴 Today is a rest day: your streak is kept and this week's target is now 17h10. Rest well!",
    );
    expect(await bot.send("/rest", { as, at: noon("2026-12-03") })).toBe(
      "😴 Today is already your rest day. Rest well!",
    );
    expect(await bot.send("/descanso", { as, at: noon("2026-12-05"), locale: "pt-BR" })).toBe(
      "Você já tirou qui, 03/12 como descanso desta semana — é um por semana, para a sequência continuar valendo. Um estudo curto hoje também a mantém.",
    );
    await bot.send("/checkin 1h", { as, at: noon("2026-12-04") });
    const progress = await bot.send("/progress", { as, at: noon("2026-12-04") });
    expect(progress).toContain("🔥 Streak: 4 days");
    expect(progress).toContain("This week: 4h of 17h10");
  });

  it("GIVEN a pause THEN its days never break the streak nor spend a freeze", async () => {
    const as = "caio";
    await checkinDays(as, "2026-11-16", 16);
    await bot.send("/pause 2026-12-08", { as, at: noon("2026-12-02") });
    await bot.send("/resume", { as, at: noon("2026-12-09") });
    const back = await bot.send("/checkin 1h", { as, at: noon("2026-12-09") });
    expect(back).toContain("🔥 Streak: 17 days");
    const progress = await bot.send("/progress", { as, at: noon("2026-12-09") });
    expect(progress).toContain("🧊 2 freezes held: a missed day spends one, not your streak.");
  });

  it("GIVEN a missed day with a freeze held THEN the freeze keeps the streak and /progress says so", async () => {
    const as = "bia";
    await checkinDays(as, "2026-11-23", 12);
    // Saturday 5 December goes by without a check-in.
    await bot.send("/checkin 1h", { as, at: noon("2026-12-06") });
    const pt = await bot.send("/progresso", { as, at: noon("2026-12-06"), locale: "pt-BR" });
    expect(pt).toContain("🔥 Sequência: 13 dias");
    expect(pt).toContain("🧊 Uma proteção manteve a sua sequência de 13 dias em sáb, 05/12.");
    expect(pt).toContain("🧊 Nenhuma proteção guardada ainda");
    const en = await bot.send("/progress", { as, at: noon("2026-12-06") });
    expect(en).toContain("🧊 A freeze kept your 13-day streak on Sat 5 Dec.");
  });

  it("GIVEN a missed day and no freeze THEN the streak starts again, and /progress says why", async () => {
    const as = "dora";
    await checkinDays(as, "2026-11-30", 3);
    await bot.send("/checkin 1h", { as, at: noon("2026-12-04") });
    const progress = await bot.send("/progress", { as, at: noon("2026-12-04") });
    expect(progress).toContain("🔥 Streak: 1 day");
    expect(progress).toContain(
      "Your 3-day streak ended on Thu 3 Dec: no check-in that day and no freeze held.",
    );
  });
});
