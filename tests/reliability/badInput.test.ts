import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRows } from "../../src/db/rawRows.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";
import { printSummary, summary } from "./summary.js";

const COMMANDS = [
  "checkin",
  "start",
  "roadmap",
  "timezone",
  "language",
  "remind",
  "quiet",
  "pause",
  "leaderboard",
  "setup",
  "mock",
  "undo",
  "progress",
  "help",
];

/** Random text, unicode, huge strings and numbers at the edges. */
const argument = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "-0",
    "1e309",
    "NaN",
    "Infinity",
    "9".repeat(400),
    "0h",
    "-1m",
    "24:00",
    "99:99-00:00",
  ),
);

const count = async (bot: TestBot, table: string) =>
  Number((await rawRows<{ n: number }>(bot.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n);

describe.each(testDatabases)("bad input on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(async () => {
    await bot.close();
    printSummary(`bad input on ${database.name}`);
  });

  // The embedded database takes the full 10,000 per command; the server, a fifth, to keep CI short.
  const runs = Number(process.env.BAD_INPUT_RUNS ?? (database.name === "pglite" ? 10_000 : 2_000));

  it.each(COMMANDS)(
    `GIVEN ${runs} generated arguments for /%s THEN always a reply, never a crash`,
    async (command) => {
      const samples = fc.sample(argument, { numRuns: runs, seed: 7 });
      const before = await count(bot, "checkins");
      let recorded = 0;
      let event = 0;
      for (const args of samples) {
        event += 1;
        const reply = await bot.send(`/${command} ${args}`, {
          as: "fuzzer",
          at: "2026-11-28T15:00:00Z",
          eventId: `${command}-${event}`,
        });
        summary.inputsTried += 1;
        expect(reply, args).toEqual(expect.any(String));
        expect(reply, args).not.toBe(
          "Something went wrong on my side and nothing was saved. Please try again in a moment.",
        );
        if (reply?.startsWith("✅")) recorded += 1;
      }
      // Only what was confirmed was recorded: every refused input left the check-ins as they were.
      if (command === "checkin") expect(await count(bot, "checkins")).toBe(before + recorded);
      expect(bot.errors).toEqual([]);
    },
  );
});
