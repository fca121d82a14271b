// Registers the slash commands at start-up, only when their definitions changed since the last time.
import { createHash } from "node:crypto";
import { type REST, Routes } from "discord.js";
import type { CommandHashStore } from "../commandHashes.js";
import type { CommandDefinition } from "./commandDefinitions.js";

export interface Registration {
  rest: REST;
  applicationId: string;
  /** Guild commands update instantly (development); global ones may take a while to appear. */
  guildId: string | null;
  definitions: CommandDefinition[];
  hashes: CommandHashStore;
  now: Date;
}

export function definitionsHash(definitions: CommandDefinition[]): string {
  return createHash("sha256").update(JSON.stringify(definitions)).digest("hex");
}

/** Each registration counts against a daily limit, so restarts must not repeat an unchanged one. */
export async function registerCommands(r: Registration): Promise<"registered" | "unchanged"> {
  const scope = r.guildId === null ? `${r.applicationId}:global` : `${r.applicationId}:guild:${r.guildId}`;
  const hash = definitionsHash(r.definitions);
  if ((await r.hashes.hashFor("discord", scope)) === hash) return "unchanged";
  const route =
    r.guildId === null
      ? Routes.applicationCommands(r.applicationId)
      : Routes.applicationGuildCommands(r.applicationId, r.guildId);
  // A bulk overwrite: commands removed from the definitions disappear from Discord too.
  await r.rest.put(route, { body: r.definitions });
  await r.hashes.saveHash("discord", scope, hash, r.now);
  return "registered";
}
