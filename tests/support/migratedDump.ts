// Vitest global setup: builds a migrated PGlite once and hands workers its dump, so each test database
// starts from a copy instead of running initdb and every migration again (seconds, for each one); and a
// migrated DATA_DIR, for entry-point tests whose subject is not the first run.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/client.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a migrated PGlite data directory (see migratedDump.ts). */
    pgliteDump: string;
    /** A DATA_DIR whose embedded database is migrated, to copy (see migratedDump.ts). */
    migratedDataDir: string;
  }
}

const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));
const PGLITE_PACKAGE = new URL("../../node_modules/@electric-sql/pglite/package.json", import.meta.url);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .toSorted();
}

/** Changes with any migration and with PGlite (its package.json, version included): never a stale dump. */
async function dumpKey(): Promise<string> {
  const hash = createHash("sha256");
  // The package does not export its package.json: read it where the install put it.
  hash.update(await readFile(PGLITE_PACKAGE));
  for (const file of await filesUnder(MIGRATIONS)) {
    hash.update(`${relative(MIGRATIONS, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 16);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export async function migratedDump(key: string): Promise<string> {
  const path = join(tmpdir(), `constancia-test-pglite-${key}.tar`);
  if (await exists(path)) return path;
  // The migrations the bot runs, through the same migrator as src/db/client.ts.
  const client = await PGlite.create();
  try {
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS });
    // Uncompressed: loading skips the gunzip, and the file stays in the temporary directory only.
    const dump = await client.dumpDataDir("none");
    // Written aside then renamed: a concurrent run never reads half a file.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, path);
  } finally {
    await client.close();
  }
  return path;
}

/** Made by the bot's own code, as `constancia migrate` would. */
export async function migratedDataDir(key: string): Promise<string> {
  const path = join(tmpdir(), `constancia-test-data-${key}`);
  if (await exists(path)) return path;
  const partial = `${path}.${process.pid}.partial`;
  const handle = await openDatabase({ dataDir: partial });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  // A concurrent run may have renamed its own first: theirs is as good.
  await rename(partial, path).catch(() => rm(partial, { recursive: true, force: true }));
  return path;
}

export default async function setup(project: TestProject): Promise<void> {
  const key = await dumpKey();
  const [dump, dataDir] = await Promise.all([migratedDump(key), migratedDataDir(key)]);
  project.provide("pgliteDump", dump);
  project.provide("migratedDataDir", dataDir);
}
