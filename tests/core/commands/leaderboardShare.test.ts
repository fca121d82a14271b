// A week's board is won by meeting one's own goal, not by having the most free time: ranked by the share
// of each member's goal (ties by hours); /leaderboard hours keeps the raw ranking.
import { beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Wednesday 2 December 2026, in São Paulo's afternoon.
const at = (hour: number) => `2026-12-02T${String(hour).padStart(2, "0")}:00:00Z`;

describe.each(botBackends)("the board by share of goal, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
    // ana's own goal is 10h and she studied 12h; bia keeps the roadmap's 20h and studied 15h; caio 5h of 5h.
    await bot.send("/goal 10h", { as: "ana", at: at(12) });
    await bot.send("/checkin 6h", { as: "ana", at: at(13) });
    await bot.send("/checkin 6h", { as: "ana", at: at(15) });
    await bot.send("/checkin 8h", { as: "bia", at: at(13) });
    await bot.send("/checkin 7h", { as: "bia", at: at(15) });
    await bot.send("/goal 5h", { as: "caio", at: at(12) });
    await bot.send("/checkin 5h", { as: "caio", at: at(13) });
  });

  it("GIVEN members with their own goals THEN whoever went furthest past theirs leads; equal shares by hours", async () => {
    const board = await bot.send("/leaderboard", { as: "bia", at: at(16) });
    expect(board).toContain(["🥇 ana — 12h · 120%", "🥈 caio — 5h · 100%", "🥉 bia — 15h · 75%"].join("\n"));
  });

  it("GIVEN /leaderboard hours (or /placar horas) THEN the raw ranking by hours, the shares still shown", async () => {
    const byHours = await bot.send("/leaderboard hours", { as: "bia", at: at(16) });
    expect(byHours).toContain(
      ["🥇 bia — 15h · 75%", "🥈 ana — 12h · 120%", "🥉 caio — 5h · 100%"].join("\n"),
    );
    const pt = await bot.send("/placar passada horas", { as: "bia", at: at(16), locale: "pt-BR" });
    expect(pt).not.toContain("🥇");
    expect(await bot.send("/placar horas", { as: "bia", at: at(16), locale: "pt-BR" })).toContain(
      "🥇 bia — 15h · 75%",
    );
  });
});
