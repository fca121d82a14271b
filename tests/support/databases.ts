// The databases every data-layer test runs on: PGlite always, the server at TEST_DATABASE_URL when set.
// Each open() gives a fresh, migrated, private database, so test files can run in parallel.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";

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
export async function createServerDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `constancia_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleaner = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleaner.unsafe(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    },
  };
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
