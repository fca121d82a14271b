// The Discord platform adapter: connects, registers the slash commands, and serves interactions.
import { once } from "node:events";
import { DiscordAPIError, Events, HTTPError, RESTEvents, Status } from "discord.js";
import type { CoreDeps } from "../../core/commands/context.js";
import type { Logger } from "../../log.js";
import { routeOf } from "../../logFields.js";
import type { PlatformAdapter } from "../adapter.js";
import type { CommandHashStore } from "../commandHashes.js";
import { inFlight } from "../inFlight.js";
import { commandDefinitions } from "./commandDefinitions.js";
import type { CommandIds } from "./commandMentions.js";
import { createClient } from "./createClient.js";
import { welcomeGuild } from "./guildWelcome.js";
import { apologise, handleInteraction } from "./handleInteraction.js";
import { registerCommands } from "./registerCommands.js";
import { createDiscordSender } from "./sender.js";

export interface DiscordOptions {
  token: string;
  apiUrl?: string;
  /** See ClientOptions.shards: several processes split one bot's gateway connections. */
  shards?: { ids: number[]; count: number };
  /** Register the commands to this server only: they update instantly, for development. */
  guildId?: string;
  deps: CoreDeps;
  hashes: CommandHashStore;
  log: Logger;
  clock: () => Date;
  /** Discord waits 3 s for an answer; past this we defer. */
  deferAfterMs?: number;
}

const DEFER_AFTER_MS = 2_000;

/**
 * A failed Discord call as the log may hold it. The error itself carries the request body (member text,
 * the interaction's token) and the URL (/interactions/<id>/<token>/callback): only what says which call
 * failed and how is kept.
 */
function failureFields(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) {
    return {
      discord: { code: error.code, status: error.status, method: error.method, route: routeOf(error.url) },
    };
  }
  if (error instanceof HTTPError) {
    return { discord: { status: error.status, method: error.method, route: routeOf(error.url) } };
  }
  return { err: error };
}

export function createDiscordAdapter(options: DiscordOptions): PlatformAdapter {
  const { deps, log, clock } = options;
  const client = createClient({
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.shards ? { shards: options.shards } : {}),
  });
  // Known once the commands are registered; until then texts name commands as typed.
  let commandIds: CommandIds = new Map();
  const sender = createDiscordSender(client.rest, () => commandIds);
  const context = {
    deps,
    clock,
    deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS,
    commandIds: () => commandIds,
  };
  const handling = inFlight();
  let accepting = false;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    void handling.track(
      handleInteraction(context, interaction).catch(async (error: unknown) => {
        log.error({ ...failureFields(error), interaction: interaction.id }, "discord interaction failed");
        await apologise(context, interaction).catch(() => {});
      }),
    );
  });
  // Emitted for a server joined while running (those of the start come as available instead).
  client.on(Events.GuildCreate, (guild) => {
    if (!accepting) return;
    void handling.track(
      welcomeGuild(guild, deps.defaultLocale, commandIds).catch((error: unknown) =>
        log.warn({ ...failureFields(error), guild: guild.id }, "discord welcome not posted"),
      ),
    );
  });
  // discord.js waits and retries on its own; a 429 still means we are sending too fast, so say so.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429) {
      log.warn(
        { method: request.method, route: routeOf(request.route), retries: request.retries },
        "discord rate limit",
      );
    }
  });
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, "discord gateway reconnecting"));
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ shard, replayed }, "discord gateway resumed"),
  );
  client.on(Events.ShardError, (error, shard) => log.warn({ err: error, shard }, "discord gateway error"));

  return {
    ...sender,
    async start() {
      const ready = once(client, Events.ClientReady);
      await client.login(options.token);
      await ready;
      accepting = true;
      const applicationId = client.application?.id ?? client.user?.id;
      if (applicationId === undefined) throw new Error("Discord sent no application id in READY");
      const { outcome, ids } = await registerCommands({
        rest: client.rest,
        applicationId,
        guildId: options.guildId ?? null,
        definitions: commandDefinitions(deps.roadmap),
        hashes: options.hashes,
        now: clock(),
      });
      commandIds = ids;
      log.info({ commands: outcome, guild: options.guildId ?? null }, "discord ready");
    },
    async stop() {
      accepting = false;
      await handling.settled();
      await client.destroy();
    },
    connected() {
      return client.isReady() && client.ws.status === Status.Ready;
    },
  };
}
