// /undo through the bot: a mistake just made goes at once; reaching back to an earlier day asks first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Monday 2026-11-30, 10:00 in São Paulo; Sunday the 29th closed last week.
const MON = "2026-11-30T13:00:00Z";
const minutesAfter = (at: string, minutes: number) =>
  new Date(Date.parse(at) + minutes * 60_000).toISOString();

describe.each(botBackends)("/undo on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it("GIVEN /undo twice in a row THEN the second names yesterday's check-in and removes it only once confirmed", async () => {
    const as = "duda";
    await bot.send("/checkin 2h ontem pandas", { as, at: "2026-11-30T02:00:00Z", locale: "pt-BR" });
    await bot.send("/checkin 1h", { as, at: MON, locale: "pt-BR" });
    expect(await bot.send("/desfazer", { as, at: minutesAfter(MON, 30), locale: "pt-BR" })).toContain(
      "↩️ Removi 1h de",
    );
    const second = await bot.send("/desfazer", { as, at: minutesAfter(MON, 31), locale: "pt-BR" });
    expect(second).toMatch(
      /^O seu último check-in é de 2h em .*28\/11.* \(pandas\), um dia anterior\. Para removê-lo, mande \/desfazer sim\.$/,
    );
    // Nothing was removed: the week still holds the 2h.
    expect(await bot.send("/progress", { as, at: minutesAfter(MON, 32) })).toContain("Total so far: 2h");
    const confirmed = await bot.send("/desfazer sim", { as, at: minutesAfter(MON, 33), locale: "pt-BR" });
    expect(confirmed).toContain("↩️ Removi 2h de");
    expect(await bot.send("/progress", { as, at: minutesAfter(MON, 34) })).toContain("Total so far: 0min");
  });

  it("GIVEN a last-week entry undone on Monday THEN the reply shows last week's total", async () => {
    const as = "enzo";
    await bot.send("/checkin 3h", { as, at: "2026-11-28T15:00:00Z" });
    await bot.send("/checkin 2h yesterday", { as, at: MON });
    const reply = await bot.send("/undo", { as, at: minutesAfter(MON, 1) });
    expect(reply).toContain("↩️ Removed 2h from Sun 29 Nov.");
    expect(reply).toContain("Last week: 3h of 20h");
  });

  it("GIVEN a word /undo does not take THEN a friendly reply, and nothing is removed", async () => {
    const as = "fabi";
    await bot.send("/checkin 1h", { as, at: MON });
    expect(await bot.send("/undo 1h", { as, at: MON })).toBe(
      "/undo removes your latest check-in; there is nothing to add. For example: /undo",
    );
    expect(await bot.send("/progress", { as, at: MON })).toContain("Total so far: 1h");
  });
});
