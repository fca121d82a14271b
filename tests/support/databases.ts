// The databases every data-layer test runs on: PGlite always, the server at TEST_DATABASE_URL when set.
// Each open() gives a fresh, migrated, private database, so test files can run in parallel.
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import { createScratchDatabase } from "../../src/db/scratchDatabase.js";

export interface TestDatabase {
  name: string;
  /** The connection URL of the fresh database, for a server; null for PGlite. */
  open(): Promise<DatabaseHandle & { url: string | null }>;
}

const pglite: TestDatabase = {
  name: "pglite",
  async open() {
    const handle = await openDatabase({ memory: true });
    await handle.migrate();
    return { ...handle, url: null };
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
        async close() {
          await handle.close();
          await created.drop();
        },
      };
    },
  };
}

export const SERVER_URL = process.env.TEST_DATABASE_URL || null;

export const testDatabases: TestDatabase[] = SERVER_URL ? [pglite, server(SERVER_URL)] : [pglite];
