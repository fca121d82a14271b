// Opens the database: a Postgres server through postgres.js, or the embedded PGlite under DATA_DIR.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { gatedClient } from "./connectionGate.js";
import * as schema from "./schema/index.js";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  /** Where the data lives, safe to print (never a password). */
  label: string;
  /** Whether the database answers a trivial query now. */
  ping(): Promise<boolean>;
  /** Applies pending migrations; safe to run from several processes at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** `from`: a tarball of a data directory (PGlite's dumpDataDir) to start from instead of an empty database. */
export type DatabaseOptions = { url: string } | { dataDir: string } | { memory: true; from?: Blob };

const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));
/** Any fixed number: processes migrating the same server take turns on it. */
const MIGRATION_LOCK = 7_240_901;
/** Connections to a Postgres server, and so the queries and transactions in flight at once. */
const POOL_SIZE = 10;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return "url" in options ? openServer(options.url) : openEmbedded(options);
}

function openServer(url: string): DatabaseHandle {
  const client = postgres(url, { max: POOL_SIZE, onnotice: () => {} });
  const db = drizzlePostgres({ client: gatedClient(client, POOL_SIZE), schema });
  const { hostname, port, pathname } = new URL(url);
  return {
    db,
    label: `Postgres ${hostname}${port ? `:${port}` : ""}${pathname}`,
    ping: () =>
      client`select 1`.then(
        () => true,
        () => false,
      ),
    async migrate() {
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
        await migratePostgres(db, { migrationsFolder: MIGRATIONS });
      } finally {
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`;
        lock.release();
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openEmbedded(
  options: { dataDir: string } | { memory: true; from?: Blob },
): Promise<DatabaseHandle> {
  // Loaded only here: a bot on a Postgres server does not carry the embedded database's code.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  let client: InstanceType<typeof PGlite>;
  let label: string;
  if ("dataDir" in options) {
    const dir = join(options.dataDir, "pgdata");
    await mkdir(dir, { recursive: true });
    client = await PGlite.create(dir);
    label = `embedded PGlite in ${dir}`;
  } else {
    client = await PGlite.create(options.from === undefined ? {} : { loadDataDir: options.from });
    label = "embedded PGlite in memory";
  }
  const db = drizzlePglite({ client, schema });
  return {
    db,
    label,
    ping: () =>
      client.query("select 1").then(
        () => true,
        () => false,
      ),
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS }),
    close: () => client.close(),
  };
}
