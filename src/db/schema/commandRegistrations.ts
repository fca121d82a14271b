// What each platform last registered as its command list, so restarts re-register only on change.
import { pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export const commandRegistrations = pgTable(
  "command_registrations",
  {
    platform: text("platform").notNull(),
    /** Where the commands live on the platform, e.g. "<application id>:global" or "<application id>:guild:<id>". */
    scope: text("scope").notNull(),
    /** A hash of the definitions sent. */
    hash: text("hash").notNull(),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.platform, t.scope] })],
);
