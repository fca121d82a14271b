// The CommandHashStore port, implemented with drizzle on either database.
import { and, eq } from "drizzle-orm";
import type { CommandHashStore } from "../platforms/commandHashes.js";
import type { Database } from "./client.js";
import { commandRegistrations } from "./schema/index.js";

export function createCommandHashStore(db: Database): CommandHashStore {
  return {
    async hashFor(platform, scope) {
      const [row] = await db
        .select({ hash: commandRegistrations.hash })
        .from(commandRegistrations)
        .where(and(eq(commandRegistrations.platform, platform), eq(commandRegistrations.scope, scope)));
      return row?.hash ?? null;
    },
    async saveHash(platform, scope, hash, at) {
      await db
        .insert(commandRegistrations)
        .values({ platform, scope, hash, registeredAt: at })
        .onConflictDoUpdate({
          target: [commandRegistrations.platform, commandRegistrations.scope],
          set: { hash, registeredAt: at },
        });
    },
  };
}
