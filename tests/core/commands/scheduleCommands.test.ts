import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

const AT = "2026-11-28T15:00:00Z";

describe.each(botBackends)("schedule commands on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it("/remind shows, sets, and refuses what is not a time", async () => {
    expect(await bot.send("/remind", { at: AT })).toBe(
      "Your daily nudge comes at 09:00 (America/Sao_Paulo). Change it with e.g. /remind 07:30, or stop it with /remind off.",
    );
    expect(await bot.send("/remind 25:00", { at: AT })).toBe(
      "“25:00” is not a time of day. Use 24-hour HH:MM, e.g. /remind 07:30 — or /remind off to stop the daily nudge.",
    );
    expect(await bot.send("/remind 6:45", { at: AT })).toContain("06:45");
    expect(await bot.send("/remind", { at: AT })).toContain("06:45");
    expect(await bot.send("/lembrete 8h", { at: AT })).toContain("08:00");
  });

  it("/quiet shows, sets, turns off, and refuses a bad range", async () => {
    expect(await bot.send("/quiet", { at: AT })).toBe("No quiet hours set. For example: /quiet 22:00-07:00");
    expect(await bot.send("/quiet 22:00", { at: AT })).toContain("For example: /quiet 22:00-07:00");
    expect(await bot.send("/quiet 22:00-07:00", { at: AT })).toContain("22:00–07:00");
    expect(await bot.send("/quiet", { at: AT })).toContain("Quiet hours: 22:00–07:00");
    expect(await bot.send("/quiet off", { at: AT })).toBe("Quiet hours are off.");
  });

  it("/pause and /resume say when nudges come back, and refuse nonsense", async () => {
    expect(await bot.send("/resume", { at: AT })).toContain("You're not paused");
    expect(await bot.send("/pause", { at: AT })).toBe(
      "Pause for how long? For example: /pause 7, /pause 2 weeks or /pause 2026-12-12",
    );
    expect(await bot.send("/pause forever", { at: AT })).toContain("“forever” is not a number of days");
    expect(await bot.send("/pause 3", { at: AT })).toBe(
      "⏸️ Paused through Mon 30 Nov. Nudges come back on Tue 1 Dec — or earlier with /resume.",
    );
    expect(await bot.send("/resume", { at: AT })).toBe("▶️ Welcome back! Nudges are on again.");
  });

  it("/leaderboard-optout and -optin are acknowledged, in Portuguese too", async () => {
    expect(await bot.send("/leaderboard-optout", { at: AT, locale: "pt-BR", as: "bia" })).toContain(
      "Você saiu do placar",
    );
    expect(await bot.send("/leaderboard-optin", { at: AT, locale: "pt-BR", as: "bia" })).toBe(
      "Você voltou ao placar deste grupo.",
    );
  });
});
