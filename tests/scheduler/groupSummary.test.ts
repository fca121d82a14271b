import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";
import { type RecordingSender, recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

const MON = "2026-11-23T15:00:00Z";

describe.each(testDatabases)("group summary and leaderboard on $name", (database) => {
  let bot: TestBot;
  let sender: RecordingSender;
  beforeAll(async () => {
    bot = await openBot(database);
    sender = recordingSender();
    // Last week: 5h in all. This week: ana 21h (opted out), bia 20h, caio 3h on Friday and Saturday, dani nothing.
    await bot.send("/checkin 5h", { as: "bia", at: "2026-11-18T15:00:00Z" });
    for (const day of ["23", "24", "25"]) {
      await bot.send("/checkin 7h", { as: "ana", at: `2026-11-${day}T15:00:00Z` });
      await bot.send("/checkin 6h40", { as: "bia", at: `2026-11-${day}T15:00:00Z` });
    }
    await bot.send("/checkin 1h30", { as: "caio", at: "2026-11-27T15:00:00Z" });
    await bot.send("/checkin 1h30", { as: "caio", at: "2026-11-28T15:00:00Z" });
    await bot.send("/checkin 0h", { as: "dani", at: MON });
    await bot.send("/leaderboard-optout", { as: "ana", at: MON });
    // caio studies part-time: his own goal is 3h.
    await bot.send("/goal 3h", { as: "caio", at: MON });
  });
  afterAll(() => bot.close());

  it("GIVEN /setup by a member who is not an admin THEN refused, and nothing is scheduled", async () => {
    expect(await bot.send("/setup sunday 20:00", { as: "caio", at: MON })).toBe(
      "Only the group's admins can run /setup.",
    );
    await tickAt(schedulerFor(bot, sender), "2026-11-29T23:00:00Z");
    expect(sender.delivered.filter((d) => d.channel)).toEqual([]);
  });

  it("GIVEN /setup in a private chat THEN told where to run it", async () => {
    const reply = await bot.send("/setup", {
      as: "bia",
      at: MON,
      admin: true,
      chat: { id: "bia", kind: "private" },
    });
    expect(reply).toContain("Run /setup in the group");
  });

  it("GIVEN a bad /setup word THEN the reply names it with an example", async () => {
    expect(await bot.send("/setup Mars/Base", { as: "admin", at: MON, admin: true })).toContain(
      "I couldn't read “Mars/Base”. Use /setup [timezone] [weekday] [HH:MM]",
    );
  });

  it("GIVEN /leaderboard THEN this week's board, opted-out members only in the total", async () => {
    const board = await bot.send("/leaderboard", { as: "caio", at: "2026-11-28T15:00:00Z" });
    expect(board).toBe(
      [
        "🏆 Leaderboard — this week",
        // Each with the share of their own goal: bia's 20h, caio's 3h.
        "🥇 bia — 20h · 100%",
        "🥈 caio — 3h · 100%",
        "(+1 studying off the board)",
        "Group total: 44h",
      ].join("\n"),
    );
    expect(await bot.send("/leaderboard last", { as: "caio", at: "2026-11-28T15:00:00Z" })).toContain(
      "🥇 bia — 5h · 25%",
    );
    expect(await bot.send("/leaderboard all", { as: "caio", at: "2026-11-28T15:00:00Z" })).toContain(
      "🥇 bia — 25h",
    );
    expect(await bot.send("/leaderboard forever", { as: "caio", at: MON })).toContain("/leaderboard last");
    expect(
      await bot.send("/leaderboard", { as: "caio", at: MON, chat: { id: "caio", kind: "private" } }),
    ).toContain("send /leaderboard there");
  });

  it("GIVEN /setup by an admin THEN the summary is posted at the group's time with the board and a chart", async () => {
    expect(
      await bot.send("/setup America/Sao_Paulo sunday 20:00", { as: "admin", at: MON, admin: true }),
    ).toBe(
      [
        "✅ Study group: the weekly summary will be posted here every Sunday at 20:00 (America/Sao_Paulo).",
        // The terminal, like Telegram, shows every reply to everyone: no private check-ins to choose.
        "Check-in confirmations are visible to everyone in this chat.",
      ].join("\n"),
    );
    const scheduler = schedulerFor(bot, sender);
    await tickAt(scheduler, "2026-11-29T22:59:00Z");
    expect(sender.delivered.filter((d) => d.channel)).toEqual([]);
    await tickAt(scheduler, "2026-11-29T23:00:00Z");
    const posts = sender.delivered.filter((d) => d.channel);
    expect(posts).toHaveLength(1);
    const post = posts[0];
    expect(post?.to).toBe("study-group");
    const text = post?.message.text ?? "";
    expect(text).toContain("📊 Study group — week of Mon 23 Nov to Sun 29 Nov");
    expect(text).toContain("🥇 bia — 20h · 100%\n🥈 caio — 3h · 100%");
    expect(text).not.toContain("ana");
    // Each against their own goal: bia's 20h of 20h and caio's 3h of 3h.
    expect(text).toContain("🎯 Reached their goal: bia, caio");
    expect(text).toContain("Group total: 44h (▲ up from last week's 5h)");
    expect(text).toContain("🔥 Longest streaks: caio 2d");
    expect([...(post?.message.image?.png.slice(1, 4) ?? [])]).toEqual([0x50, 0x4e, 0x47]);
    expect(post?.message.image?.alt).not.toContain("ana");

    await tickAt(scheduler, "2026-11-30T23:00:00Z");
    expect(sender.delivered.filter((d) => d.channel)).toHaveLength(1);
  });
});
