// Many transactions and plain queries at once, as when a platform redelivers a burst of updates: every
// transaction must run on a connection of its own, or it fails and its writes go unsaved.
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { rawRows } from "../../src/db/rawRows.js";
import { testDatabases } from "../support/databases.js";

describe.each(testDatabases)("concurrent transactions on $name", (database) => {
  let handle: (DatabaseHandle & { url: string | null }) | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("GIVEN every connection busy and a thousand queries queued THEN the transactions behind them all commit", async () => {
    handle = await database.open();
    const { db } = handle;
    await db.execute(sql`create table burst (n int not null)`);
    await Promise.all(Array.from({ length: 10 }, () => db.execute(sql`select 1`)));
    // Slow queries first, then a long queue of quick ones, then the transactions: with a pool of ten,
    // each transaction's BEGIN lands behind a hundred queries, where the driver loses track of it.
    // Drizzle's queries are lazy: each starts when something waits on it.
    const slow = Array.from({ length: 10 }, () => Promise.resolve(db.execute(sql`select pg_sleep(0.2)`)));
    const queued = Array.from({ length: 990 }, () => Promise.resolve(db.execute(sql`select 1`)));
    await new Promise((dispatched) => setImmediate(dispatched));
    const transactions = Array.from({ length: 20 }, (_, i) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into burst (n) values (${i})`);
      }),
    );
    const outcomes = await Promise.allSettled([...slow, ...queued, ...transactions]);
    expect(outcomes.filter((o) => o.status === "rejected")).toEqual([]);
    const [row] = await rawRows<{ n: number }>(db, sql`select count(*)::int as n from burst`);
    expect(row?.n).toBe(20);
  });
});
