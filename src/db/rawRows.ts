// Rows of a raw SQL statement, whichever driver ran it (postgres.js returns an array, PGlite an object).
import type { SQL } from "drizzle-orm";
import type { Database } from "./client.js";

export async function rawRows<T>(db: Pick<Database, "execute">, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  if (typeof result === "object" && result !== null && "rows" in result && Array.isArray(result.rows)) {
    return result.rows as T[];
  }
  throw new Error("unexpected result shape from the database driver");
}
