// The databases every data-layer test runs on: PGlite always, the server at TEST_DATABASE_URL when set.
// Each open() gives a fresh, migrated, private database, so test files can run in parallel; reset() empties
// it again, for a file that opens one and shares it between its tests.
import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, inject } from "vitest";
import { type Database, type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import { rawRows } from "../../src/db/rawRows.js";
import { createScratchDatabase } from "../../src/db/scratchDatabase.js";

export interface OpenedDatabase extends DatabaseHandle {
  /** The connection URL of the fresh database, for a server; null for PGlite. */
  url: string | null;
  /** Back to just migrated: every row gone, identities restarted (drizzle's own record is elsewhere). */
  reset(): Promise<void>;
}

export interface TestDatabase {
  name: string;
  open(): Promise<OpenedDatabase>;
}

async function emptyTables(db: Database): Promise<void> {
  const tables = await rawRows<{ tablename: string }>(
    db,
    sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
  );
  if (tables.length === 0) return;
  const names = tables.map(({ tablename }) => sql.identifier(tablename));
  await db.execute(sql`truncate ${sql.join(names, sql`, `)} restart identity cascade`);
}

/** The migrated database the global setup dumped, read once per worker; none outside a setup that made it. */
let dump: Promise<Blob | undefined> | undefined;
function migratedDump(): Promise<Blob | undefined> {
  dump ??= (async () => {
    const path = inject("pgliteDump");
    return path === undefined ? undefined : new Blob([await readFile(path)]);
  })();
  return dump;
}

const pglite: TestDatabase = {
  name: "pglite",
  async open() {
    const from = await migratedDump();
    const handle = await openDatabase(from === undefined ? { memory: true } : { memory: true, from });
    // Nothing to apply on a copy of the dump, but it proves the dump is current.
    await handle.migrate();
    return { ...handle, url: null, reset: () => emptyTables(handle.db) };
  },
};

/** Creates an empty database on the server and returns its URL and a way to drop it. */
export function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  return createScratchDatabase(serverUrl, "constancia_test");
}

function server(serverUrl: string): TestDatabase {
  return {
    name: "postgres",
    async open() {
      const created = await createServerDatabase(serverUrl);
      const handle = await openDatabase({ url: created.url });
      await handle.migrate();
      return {
        ...handle,
        url: created.url,
        reset: () => emptyTables(handle.db),
        async close() {
          await handle.close();
          await created.drop();
        },
      };
    },
  };
}

/**
 * One database for the enclosing describe block, emptied at each open(), and closed after the block: for
 * tests that open a database each only to start from an empty one. Call it inside the describe.
 */
export function sharedDatabase(database: TestDatabase): TestDatabase {
  let shared: OpenedDatabase | undefined;
  beforeAll(async () => {
    shared = await database.open();
  });
  afterAll(async () => {
    await shared?.close();
  });
  return {
    name: database.name,
    async open() {
      if (shared === undefined) throw new Error("sharedDatabase: open() before its beforeAll ran");
      await shared.reset();
      // Closed once, by the block; a test's close only hands it back.
      return { ...shared, close: async () => {} };
    },
  };
}

export const SERVER_URL = process.env.TEST_DATABASE_URL || null;

export const testDatabases: TestDatabase[] = SERVER_URL ? [pglite, server(SERVER_URL)] : [pglite];
