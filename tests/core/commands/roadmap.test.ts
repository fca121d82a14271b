import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";

describe.each(botBackends)("/roadmap with a week written as people write it, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it.each(["/roadmap 3", "/roadmap week 3", "/roadmap Week 3", "/roadmap semana 3"])(
    "GIVEN %s THEN week 3",
    async (text) => {
      expect(await bot.send(text, { as: "reader", at: SAT })).toMatch(/^🗺️ Week 3 of 12: /);
    },
  );

  it.each(["/trilha semana 3", "/trilha 3", "/roadmap semana 3"])(
    "GIVEN %s in Portuguese THEN semana 3",
    async (text) => {
      expect(await bot.send(text, { as: "leitora", at: SAT, locale: "pt-BR" })).toMatch(
        /^🗺️ Semana 3 de 12: /,
      );
    },
  );

  it("GIVEN a week that is not there THEN an example in each language", async () => {
    expect(await bot.send("/roadmap week 13", { as: "reader", at: SAT })).toBe(
      "“week 13” is not a week of the roadmap. Pick a number from 1 to 12, e.g. /roadmap 3 or /roadmap week 3",
    );
    expect(await bot.send("/trilha semana", { as: "leitora", at: SAT, locale: "pt-BR" })).toBe(
      "“semana” não é uma semana do roadmap. Escolha um número de 1 a 12, ex.: /trilha 3 ou /trilha semana 3",
    );
  });

  it("GIVEN no day 1 yet THEN the hint's example is a coming day", async () => {
    expect(await bot.send("/roadmap", { as: "nostart", at: SAT })).toContain(
      "You haven't set your day 1 yet: /start begins today, /start 2026-11-30 on a date.",
    );
    expect(await bot.send("/trilha", { as: "nostart", at: SAT, locale: "pt-BR" })).toContain(
      "Você ainda não marcou o seu dia 1: /start começa hoje, /start 30/11 numa data.",
    );
  });
});
