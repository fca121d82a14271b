// The discord.js client: the Guilds intent only, small swept caches, and REST pointed at DISCORD_API_URL.
import { Client, GatewayIntentBits, Options } from "discord.js";

export interface ClientOptions {
  /** A REST base such as https://discord.com/api or a shared proxy; the gateway URL is fetched from it. */
  apiUrl?: string;
  /** The shards this process serves out of the total; absent, one process serves the single shard. */
  shards?: { ids: number[]; count: number };
}

/** Interactions carry everything the bot needs, so almost nothing has to be cached. */
export function createClient(options: ClientOptions): Client {
  return new Client({
    // Slash commands need no privileged intents and no message content.
    intents: [GatewayIntentBits.Guilds],
    rest: options.apiUrl ? { api: options.apiUrl } : {},
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildForumThreadManager: 0,
      GuildInviteManager: 0,
      GuildMemberManager: { maxSize: 1, keepOverLimit: (member) => member.id === member.client.user.id },
      GuildMessageManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      GuildTextThreadManager: 0,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadManager: 0,
      ThreadMemberManager: 0,
      UserManager: { maxSize: 1_000, keepOverLimit: (user) => user.id === user.client.user.id },
      VoiceStateManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 3_600, filter: () => (user) => user.id !== user.client.user.id },
    },
  });
}
