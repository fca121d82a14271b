// Registers the slash commands at start-up, only when their definitions changed since the last time, and
// learns their ids, which mentions of them carry.
import { createHash } from "node:crypto";
import { type APIApplicationCommand, type REST, Routes } from "discord.js";
import type { CommandHashStore } from "../commandHashes.js";
import type { CommandDefinition } from "./commandDefinitions.js";
import type { CommandIds } from "./commandMentions.js";

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

export interface Registered {
  outcome: "registered" | "unchanged";
  ids: CommandIds;
}

const idsOf = (commands: APIApplicationCommand[]): CommandIds =>
  new Map(commands.map((command) => [command.name, command.id]));

/**
 * Each registration counts against a daily limit, so restarts must not repeat an unchanged one: the ids
 * are read back instead (a read is not limited that way).
 */
export async function registerCommands(r: Registration): Promise<Registered> {
  const scope = r.guildId === null ? `${r.applicationId}:global` : `${r.applicationId}:guild:${r.guildId}`;
  const hash = definitionsHash(r.definitions);
  const route =
    r.guildId === null
      ? Routes.applicationCommands(r.applicationId)
      : Routes.applicationGuildCommands(r.applicationId, r.guildId);
  if ((await r.hashes.hashFor("discord", scope)) === hash) {
    return { outcome: "unchanged", ids: idsOf((await r.rest.get(route)) as APIApplicationCommand[]) };
  }
  // A bulk overwrite: commands removed from the definitions disappear from Discord too.
  const registered = (await r.rest.put(route, { body: r.definitions })) as APIApplicationCommand[];
  await r.hashes.saveHash("discord", scope, hash, r.now);
  return { outcome: "registered", ids: idsOf(registered) };
}
