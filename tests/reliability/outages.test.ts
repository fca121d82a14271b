// The database going away mid-work: members are told nothing was saved, nothing is half-written,
// and the bot carries on by itself once the database is back.
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { rawRows } from "../../src/db/rawRows.js";
import { runTick } from "../../src/scheduler/runTick.js";
import { openBot, type TestBot } from "../support/bot.js";
import { SERVER_URL, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor } from "../support/scheduler.js";
import { printSummary, summary } from "./summary.js";

const NOT_SAVED = "Something went wrong on my side and nothing was saved. Please try again in a moment.";
const AT = "2026-11-28T15:00:00Z";

describe("outages", () => {
  const bots: TestBot[] = [];
  afterAll(async () => {
    for (const bot of bots) await bot.close().catch(() => {});
    printSummary("outages");
  });

  it("GIVEN the embedded database closed THEN commands say nothing was saved and ticks fail without sending", async () => {
    const [pglite] = testDatabases;
    if (pglite === undefined) throw new Error("no database");
    const bot = await openBot(pglite);
    const sender = recordingSender();
    await bot.send("/start", { as: "ana", at: AT });
    await bot.close();
    summary.faultsInjected += 1;
    for (const command of ["/checkin 2h", "/undo", "/progress", "/mock versioning", "/setup"]) {
      summary.inputsTried += 1;
      expect(await bot.send(command, { as: "ana", at: AT, admin: true }), command).toBe(NOT_SAVED);
    }
    await expect(runTick(schedulerFor(bot, sender), new Date("2026-11-29T12:00:00Z"))).rejects.toThrow();
    expect(sender.delivered).toEqual([]);
  });

  it.skipIf(SERVER_URL === null)(
    "GIVEN the server drops every connection THEN the next commands and ticks recover by themselves",
    async () => {
      const server = testDatabases.find((d) => d.name === "postgres");
      if (server === undefined || SERVER_URL === null) throw new Error("no server");
      const bot = await openBot(server);
      bots.push(bot);
      const sender = recordingSender();
      await bot.send("/start", { as: "bia", at: AT });
      await bot.send("/checkin 1h", { as: "bia", at: AT });

      const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
      const [{ name } = { name: "" }] = await rawRows<{ name: string }>(
        bot.db,
        sql`select current_database() as name`,
      );
      // With a timeout, pg_terminate_backend waits until each backend has exited, so the outage is
      // over (and every pooled socket closed) before the next command, however loaded the machine.
      await admin`select pg_terminate_backend(pid, 10000) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
      const [{ left = 0 } = {}] =
        await admin`select count(*)::int as left from pg_stat_activity where datname = ${name}`;
      expect(left).toBe(0);
      await admin.end();
      summary.faultsInjected += 1;

      // The pool reconnects: a command right after the outage either fails whole or succeeds whole.
      const first = await bot.send("/checkin 2h", { as: "bia", at: AT, eventId: "after-outage" });
      summary.inputsTried += 1;
      expect([NOT_SAVED, expect.stringContaining("Logged 2h")]).toContainEqual(first);
      const again = await bot.send("/checkin 2h", { as: "bia", at: AT, eventId: "after-outage" });
      expect(again).toMatch(/Logged 2h|already counted/);
      // Day 1 on a Saturday: the week asks for the weekend's share of 20h.
      expect(await bot.send("/progress", { as: "bia", at: AT })).toContain("This week: 3h of 5h45");
      await runTick(schedulerFor(bot, sender), new Date("2026-11-29T12:00:00Z"));
      expect(sender.delivered.map((d) => d.to)).toEqual(["bia"]);
    },
  );
});
