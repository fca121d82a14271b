// The idle tick stays one cheap read with the outbox full of sends long delivered: its probe for one-off
// sends (the shape dueSlots sends) is answered from the due-time index, never by reading the table.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRows } from "../../src/db/rawRows.js";
import { type OpenedDatabase, testDatabases } from "../support/databases.js";

describe.each(testDatabases)("the one-off probe on $name", (database) => {
  let handle: OpenedDatabase;
  beforeAll(async () => {
    handle = await database.open();
  });
  afterAll(() => handle.close());

  it("GIVEN 20,000 one-off sends already claimed THEN the probe reads the due index", async () => {
    const { db } = handle;
    await db.execute(sql`insert into members (display_name, timezone) values ('Ana', 'UTC')`);
    await db.execute(
      sql`insert into groups (platform, chat_id, title, timezone) values ('console', 'g', 'g', 'UTC')`,
    );
    await db.execute(sql`
      insert into one_off_sends (key, kind, member_id, group_id, detail, due_at, created_at)
      select 'milestone:g1:m1:' || n, 'milestone', 1, 1, 'streak:7', null, now()
      from generate_series(1, 20000) as n`);
    await db.execute(sql`analyze one_off_sends`);
    const plan = await rawRows<{ "QUERY PLAN": string }>(
      db,
      sql`explain select exists(select 1 from one_off_sends where due_at <= now())`,
    );
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toContain("one_off_sends_due_idx");
    expect(text).not.toContain("Seq Scan");
  });
});
