import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";

describe.each(botBackends)("/start with dates as people write them, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it.each(["2026-12-16", "16/12/2026", "16/12", "16/12/26"])(
    "GIVEN /start %s THEN day 1 is Wed 16 Dec",
    async (date) => {
      const reply = await bot.send(`/start ${date}`, { as: `cohort-${date}`, at: SAT });
      expect(reply).toContain("Your roadmap day 1 is Wed 16 Dec.");
      expect(reply).toContain("Roadmap starts on Wed 16 Dec (in 18 days).");
    },
  );

  it("GIVEN the words for today, tomorrow and yesterday THEN day 1 is that day, in both languages", async () => {
    expect(await bot.send("/start today", { as: "w-today", at: SAT })).toContain("day 1 is Sat 28 Nov.");
    expect(await bot.send("/start tomorrow", { as: "w-tomorrow", at: SAT })).toContain(
      "day 1 is Sun 29 Nov.",
    );
    expect(await bot.send("/start yesterday", { as: "w-yesterday", at: SAT })).toContain(
      "day 1 is Fri 27 Nov.",
    );
    const pt = { at: SAT, locale: "pt-BR" } as const;
    expect(await bot.send("/começar hoje", { ...pt, as: "w-hoje" })).toContain(
      "O dia 1 do seu roadmap é sáb, 28/11.",
    );
    expect(await bot.send("/comecar amanhã", { ...pt, as: "w-amanha" })).toContain(
      "O dia 1 do seu roadmap é dom, 29/11.",
    );
    expect(await bot.send("/start amanha", { ...pt, as: "w-amanha2" })).toContain("é dom, 29/11.");
    expect(await bot.send("/start ontem", { ...pt, as: "w-ontem" })).toContain("é sex, 27/11.");
  });

  it("GIVEN a past day and month of this year THEN day 1 is that day, not next year's", async () => {
    const reply = await bot.send("/start 01/11", { as: "past", at: SAT });
    expect(reply).toContain("Your roadmap day 1 is Sun 1 Nov.");
    // Sunday 1 November closes its calendar week: week 1; Saturday 28 November is in week 5.
    expect(reply).toContain("Roadmap week 5 of 12");
  });

  it("GIVEN a day and month early next year THEN the year is shown", async () => {
    expect(await bot.send("/start 05/01", { as: "january", at: SAT })).toContain(
      "Roadmap starts on Tue 5 Jan 2027 (in 38 days).",
    );
    expect(await bot.send("/start 05/01", { as: "janeiro", at: SAT, locale: "pt-BR" })).toContain(
      "O roadmap começa em ter, 05/01/2027 (daqui a 38 dias).",
    );
  });

  it("GIVEN a day that does not exist THEN it is refused with a coming example", async () => {
    expect(await bot.send("/start 31/02", { as: "typo", at: SAT })).toBe(
      "“31/02” is not a date I can read. Write it like /start 2026-11-30, /start tomorrow — or just /start to begin today.",
    );
    expect(await bot.send("/start 31/02", { as: "typo", at: SAT, locale: "pt-BR" })).toBe(
      "Não consegui ler “31/02” como data. Escreva assim: /start 30/11 ou /start amanhã — ou só /start para começar hoje.",
    );
    expect(await bot.send("/start 2028-01-01", { as: "typo", at: SAT })).toBe(
      "2028-01-01 is too far away: pick a day within 365 days of today, e.g. /start 2026-11-30.",
    );
    expect(await bot.send("/start 2028-01-01", { as: "typo", at: SAT, locale: "pt-BR" })).toBe(
      "2028-01-01 está longe demais: escolha um dia a até 365 dias de hoje, ex.: /start 30/11.",
    );
  });

  it("GIVEN a first /start THEN the welcome names the timezone and how to change it", async () => {
    expect(await bot.send("/start", { as: "zoned", at: SAT })).toContain(
      "🕘 I'm keeping your times in America/Sao_Paulo. Somewhere else? Send /timezone with your city, e.g. /timezone Lisbon.",
    );
    expect(await bot.send("/start", { as: "fusado", at: SAT, locale: "pt-BR" })).toContain(
      "🕘 Estou usando o fuso America/Sao_Paulo para os seus horários. Se não for o seu, mande /fuso com a sua cidade, ex.: /fuso Manaus.",
    );
  });

  it("GIVEN a member who already has a day 1 THEN /start <date> only moves it", async () => {
    await bot.send("/start 2026-11-16", { as: "mover", at: SAT });
    const moved = await bot.send("/start 23/11", { as: "mover", at: SAT });
    expect(moved?.split("\n")[0]).toBe("📅 Day 1 moved to Mon 23 Nov.");
    expect(moved).toMatch(/🗺️ Roadmap week 1 of 12: /);
    expect(moved).not.toContain("Welcome");
    const pt = await bot.send("/start 16/11", { as: "mover", at: SAT, locale: "pt-BR" });
    expect(pt?.split("\n")[0]).toBe("📅 O seu dia 1 mudou para seg, 16/11.");
    expect(pt).toMatch(/Semana 2 de 12 do roadmap/);
    expect(pt).not.toContain("Boas-vindas");
  });

  it("GIVEN a bare /start from a member on their way THEN the examples to move day 1 are today and a coming day", async () => {
    await bot.send("/start 2026-11-23", { as: "onway", at: SAT });
    expect((await bot.send("/start", { as: "onway", at: SAT, locale: "pt-BR" }))?.split("\n")[2]).toBe(
      "Para mudar o dia 1, mande com uma data, ex.: /start hoje ou /start 30/11.",
    );
  });

  it("GIVEN a day 1 so far back that every week is over THEN it says the roadmap is already finished", async () => {
    const reply = await bot.send("/start 2026-06-01", { as: "late", at: SAT });
    expect(reply).toContain(
      "🗺️ With day 1 on Mon 1 Jun, all 12 weeks of the roadmap are already behind you. Review any week with /roadmap 1, or pick a later day 1.",
    );
    expect(reply).not.toMatch(/week 1\b/i);
    // Someone who did finish, sending a bare /start: congratulated, nothing moves.
    expect(await bot.send("/start", { as: "late", at: SAT })).toContain(
      "🗺️ You finished all 12 weeks of the roadmap — keep reviewing and practising interviews.",
    );
    const pt = await bot.send("/start 01/06", { as: "tarde", at: SAT, locale: "pt-BR" });
    expect(pt).toContain(
      "🗺️ Com o dia 1 em seg, 01/06, as 12 semanas do roadmap já ficaram para trás. Revise qualquer semana com /trilha 1 ou escolha um dia 1 mais recente.",
    );
  });
});
