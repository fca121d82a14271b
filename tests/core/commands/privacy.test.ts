import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRows } from "../../../src/db/rawRows.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../../support/scheduler.js";

const AT = "2026-11-28T15:00:00Z";

describe.each(testDatabases)("/export and /forget on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  /** Every row in every table that mentions the member, by id or by name. */
  async function rowsMentioning(memberId: number, name: string): Promise<string[]> {
    const tables = await rawRows<{ table_name: string }>(
      bot.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const found: string[] = [];
    for (const { table_name } of tables) {
      const rows = await rawRows<Record<string, unknown>>(bot.db, sql.raw(`select * from "${table_name}"`));
      for (const row of rows) {
        const values = Object.entries(row);
        const byName = values.some(([, v]) => typeof v === "string" && v.includes(name));
        const byId = values.some(([k, v]) => /member_id|subject_id/.test(k) && Number(v) === memberId);
        const isMember = table_name === "members" && Number(row.id) === memberId;
        if (byName || byId || isMember) found.push(table_name);
      }
    }
    return found;
  }

  it("GIVEN /export THEN a JSON file with the profile, accounts, groups, check-ins and sends", async () => {
    await bot.send("/start", { as: "zoe", at: AT });
    await bot.send("/checkin 2h pandas", { as: "zoe", at: AT });
    const reply = await bot.send("/export", { as: "zoe", at: AT });
    expect(reply).toContain("everything Constância stores about you (1 check-in and more)");
  });

  it("GIVEN /forget THEN it asks first; GIVEN /forget yes THEN no row about the member remains", async () => {
    const sender = recordingSender();
    await bot.send("/start", { as: "yuri", at: AT });
    await bot.send("/checkin 3h", { as: "yuri", at: AT });
    await bot.send("/checkin 1h", { as: "xena", at: AT });
    await tickAt(schedulerFor(bot, sender), "2026-11-29T12:00:00Z");
    const [{ id } = { id: 0 }] = await rawRows<{ id: number }>(
      bot.db,
      sql`select id from members where display_name = 'yuri'`,
    );
    expect(await rowsMentioning(Number(id), "yuri")).not.toEqual([]);

    expect(await bot.send("/forget", { as: "yuri", at: AT })).toContain("To confirm, send: /forget yes");
    expect(await bot.send("/forget please", { as: "yuri", at: AT })).toContain(
      "To confirm, send: /forget yes",
    );
    expect(await rowsMentioning(Number(id), "yuri")).not.toEqual([]);
    expect(await bot.send("/forget yes", { as: "yuri", at: AT })).toContain(
      "everything about you is deleted",
    );
    expect(await rowsMentioning(Number(id), "yuri")).toEqual([]);
    const board = await bot.send("/leaderboard", { as: "xena", at: AT });
    expect(board).not.toContain("yuri");
    expect(board).toContain("Group total: 3h"); // zoe's 2h and xena's 1h: yuri's 3h went with yuri
  });

  it("GIVEN Portuguese THEN the confirmation word is sim", async () => {
    expect(await bot.send("/forget", { as: "wil", at: AT, locale: "pt-BR" })).toContain("/forget sim");
    expect(await bot.send("/esquecer sim", { as: "wil", at: AT, locale: "pt-BR" })).toContain(
      "tudo sobre você foi apagado",
    );
  });
});
