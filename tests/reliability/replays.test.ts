import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { rawRows } from "../../src/db/rawRows.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";
import { printSummary, summary } from "./summary.js";

describe.each(testDatabases)("replays on $name", (database) => {
  let bot: TestBot | undefined;
  afterAll(async () => {
    await bot?.close();
    printSummary(`replays on ${database.name}`);
  });

  it("GIVEN one event delivered 1,000 times at once THEN one check-in, and every delivery answered", async () => {
    bot = await openBot(database);
    const deliveries = Array.from({ length: 1000 }, () =>
      bot?.send("/checkin 2h replayed", { as: "echo", at: "2026-11-28T15:00:00Z", eventId: "update-42" }),
    );
    const replies = await Promise.all(deliveries);
    summary.inputsTried += replies.length;
    expect(replies.filter((r) => r?.startsWith("✅ Logged 2h"))).toHaveLength(1);
    expect(replies.filter((r) => r === "That check-in was already counted.")).toHaveLength(999);
    const [row] = await rawRows<{ n: number }>(bot.db, sql`select count(*)::int as n from checkins`);
    summary.duplicates += Number(row?.n) - 1;
    expect(Number(row?.n)).toBe(1);
  });

  it("GIVEN one /undo event delivered 200 times at once THEN one check-in removed, and every delivery told so", async () => {
    const undoer = bot ?? (await openBot(database));
    bot = undoer;
    const at = "2026-11-28T15:00:00Z";
    for (const hours of ["1h", "2h", "3h"]) await undoer.send(`/checkin ${hours}`, { as: "undoer", at });
    const replies = await Promise.all(
      Array.from({ length: 200 }, () => undoer.send("/undo", { as: "undoer", at, eventId: "update-43" })),
    );
    summary.inputsTried += replies.length;
    expect(new Set(replies)).toEqual(new Set([expect.stringContaining("↩️ Removed 3h from Sat 28 Nov")]));
    const left = await rawRows<{ minutes: number }>(
      undoer.db,
      sql`select c.minutes from checkins c join members m on m.id = c.member_id
          where m.display_name = 'undoer' order by c.id`,
    );
    summary.duplicates += 2 - left.length;
    expect(left.map((r) => r.minutes)).toEqual([60, 120]);
  });
});
