import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Friday 2027-01-01, 12:00 in São Paulo: yesterday was last year.
const NEW_YEAR = "2027-01-01T15:00:00Z";
// Monday 2026-12-07, 12:00 in São Paulo.
const MON = "2026-12-07T15:00:00Z";

describe.each(botBackends)("dates in replies, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it("GIVEN a date of this year THEN no year; of last year THEN with the year, in both languages", async () => {
    expect(await bot.send("/checkin 1h yesterday", { as: "eve", at: NEW_YEAR })).toContain(
      "✅ Logged 1h for yesterday (Thu 31 Dec 2026).",
    );
    expect(await bot.send("/checkin 1h ontem", { as: "vespera", at: NEW_YEAR, locale: "pt-BR" })).toContain(
      "✅ Registrei 1h para ontem (qui, 31/12/2026).",
    );
    expect(await bot.send("/checkin 2h", { as: "seg", at: MON, locale: "pt-BR" })).toContain("Registrei 2h");
    expect(await bot.send("/desfazer", { as: "seg", at: MON, locale: "pt-BR" })).toContain(
      "↩️ Removi 2h de seg, 07/12.",
    );
  });

  it("GIVEN /progress THEN the week's days read as words", async () => {
    const pt = await bot.send("/progresso", { as: "semana", at: MON, locale: "pt-BR" });
    expect(pt).toContain("📊 Semana de seg, 07/12 a dom, 13/12");
    expect(await bot.send("/progress", { as: "week", at: MON })).toContain(
      "📊 Week of Mon 7 Dec to Sun 13 Dec",
    );
  });
});
