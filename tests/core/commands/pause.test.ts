import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";

describe.each(botBackends)("/pause with durations and dates, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it.each([
    ["/pause 7", "Fri 4 Dec", "Sat 5 Dec"],
    ["/pause 10 days", "Mon 7 Dec", "Tue 8 Dec"],
    ["/pause 2 weeks", "Fri 11 Dec", "Sat 12 Dec"],
    ["/pause 16/12", "Wed 16 Dec", "Thu 17 Dec"],
    ["/pause 2026-12-16", "Wed 16 Dec", "Thu 17 Dec"],
    ["/pause tomorrow", "Sun 29 Nov", "Mon 30 Nov"],
    ["/pause 31/12", "Thu 31 Dec", "Fri 1 Jan 2027"],
  ])("GIVEN %s THEN paused through %s", async (command, until, resume) => {
    expect(await bot.send(command, { as: "en", at: SAT })).toBe(
      `⏸️ Paused through ${until}. Nudges come back on ${resume} — or earlier with /resume.`,
    );
  });

  it.each([
    ["/pausar 7 dias", "sex, 04/12", "sáb, 05/12"],
    ["/pausar 1 semana", "sex, 04/12", "sáb, 05/12"],
    ["/pausar uma semana", "sex, 04/12", "sáb, 05/12"],
    ["/pausar 2 semanas", "sex, 11/12", "sáb, 12/12"],
    ["/pausar 16/12/2026", "qua, 16/12", "qui, 17/12"],
    ["/pausar 16/12/26", "qua, 16/12", "qui, 17/12"],
    ["/pausar amanhã", "dom, 29/11", "seg, 30/11"],
    ["/pausar hoje", "sáb, 28/11", "dom, 29/11"],
  ])("GIVEN %s THEN pausado até %s", async (command, until, resume) => {
    expect(await bot.send(command, { as: "pt", at: SAT, locale: "pt-BR" })).toBe(
      `⏸️ Pausado até ${until}. Os lembretes voltam a partir de ${resume} — ou antes, com /retomar.`,
    );
  });

  it("GIVEN nonsense, a past day or a day that does not exist THEN a friendly refusal with examples", async () => {
    expect(await bot.send("/pause 31/02", { as: "en", at: SAT })).toBe(
      "“31/02” is not a number of days (up to a year) or a coming date. For example: /pause 7, /pause 2 weeks or /pause 2026-12-12",
    );
    expect(await bot.send("/pause yesterday", { as: "en", at: SAT })).toContain("is not a number of days");
    expect(await bot.send("/pausar 3 meses", { as: "pt", at: SAT, locale: "pt-BR" })).toBe(
      "“3 meses” não é um número de dias (até um ano) nem uma data futura. Por exemplo: /pausar 7 dias, /pausar 2 semanas ou /pausar 12/12",
    );
    expect(await bot.send("/pausar", { as: "pt", at: SAT, locale: "pt-BR" })).toBe(
      "Pausar por quanto tempo? Por exemplo: /pausar 7 dias, /pausar 2 semanas ou /pausar 12/12",
    );
  });
});
