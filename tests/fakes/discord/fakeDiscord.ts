// A small Discord on 127.0.0.1 for end-to-end tests: REST and the gateway on one random port.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { TokenBucket } from "../tokenBucket.js";
import { FakeGateway } from "./gateway.js";
import { type Failure, handleRest, type RestContext, readableText } from "./rest.js";
import { type Attachment, FakeState, type InteractionAnswer, type WebhookMessage } from "./state.js";

export const APPLICATION_ID = "100000000000000001";
export const BOT_USER = {
  id: APPLICATION_ID,
  username: "constancia",
  discriminator: "0",
  global_name: "Constância",
  avatar: null,
  bot: true,
};

const GUILD_ID = "400000000000000001";

/** The server's text channels: where members talk, and where a summary may or may not be posted. */
export const CHANNELS = {
  study: "500000000000000001",
  summary: "500000000000000002",
  /** Members read it; @everyone may not post or attach files there. */
  readOnly: "500000000000000003",
  /** @everyone does not see it. */
  hidden: "500000000000000004",
} as const;

/** Discord's default @everyone: view, send, embed links, attach files, read history, use commands. */
const EVERYONE_PERMISSIONS = String(
  (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n),
);
const deny = (bits: bigint) => [{ id: GUILD_ID, type: 0, allow: "0", deny: String(bits) }];

function textChannel(id: string, name: string, position: number, overwrites: unknown[] = []) {
  return { id, type: 0, name, guild_id: GUILD_ID, position, permission_overwrites: overwrites };
}

/** The study group's server, as GUILD_CREATE describes it (only what discord.js reads). */
export const GUILD = {
  id: GUILD_ID,
  name: "Study group",
  icon: null,
  owner_id: "600000000000000099",
  afk_channel_id: null,
  afk_timeout: 300,
  verification_level: 0,
  default_message_notifications: 0,
  explicit_content_filter: 0,
  roles: [
    {
      id: GUILD_ID,
      name: "@everyone",
      color: 0,
      hoist: false,
      position: 0,
      permissions: EVERYONE_PERMISSIONS,
      managed: false,
      mentionable: false,
      flags: 0,
    },
  ],
  emojis: [],
  stickers: [],
  features: [],
  mfa_level: 0,
  system_channel_id: null,
  system_channel_flags: 0,
  rules_channel_id: null,
  vanity_url_code: null,
  description: null,
  banner: null,
  premium_tier: 0,
  preferred_locale: "en-US",
  public_updates_channel_id: null,
  nsfw_level: 0,
  premium_progress_bar_enabled: false,
  joined_at: "2026-01-01T00:00:00.000Z",
  large: false,
  unavailable: false,
  member_count: 3,
  voice_states: [],
  // Discord always lists the bot's own member.
  members: [{ ...guildMember(BOT_USER.id, BOT_USER.username), user: BOT_USER }],
  channels: [
    textChannel(CHANNELS.study, "study", 0),
    textChannel(CHANNELS.summary, "summary", 1),
    textChannel(CHANNELS.readOnly, "announcements", 2, deny((1n << 11n) | (1n << 15n))),
    textChannel(CHANNELS.hidden, "staff", 3, deny(1n << 10n)),
  ],
  threads: [],
  presences: [],
  stage_instances: [],
  guild_scheduled_events: [],
};

/** A member of the server as GUILD_CREATE lists them (and as interactions.ts describes them). */
function guildMember(userId: string, username: string): Record<string, unknown> {
  return {
    user: { id: userId, username, discriminator: "0", global_name: username, avatar: null },
    roles: [],
    joined_at: "2026-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
  };
}

export interface FakeDiscordOptions {
  /** Discord's rate limits, answered with 429 and retry_after; off unless given. */
  rateLimits?: {
    /** The global limit: 50 requests a second for a bot. */
    globalPerSecond: number;
    /** Each channel's bucket for posting messages, e.g. 5 per 5 s. */
    channelMessages?: { limit: number; windowSeconds: number };
  };
  /** Members GUILD_CREATE lists besides the bot, as Discord sends them to a bot with the members intent. */
  guildMembers?: Array<{ userId: string; username: string }>;
}

/** The answer a member sees: the reply, or the deferral's edited original with the deferral's flags. */
export interface SeenAnswer {
  type: number;
  content: string;
  /** What the member reads: the content, or a Components V2 answer's text displays, one a line. */
  text: string;
  ephemeral: boolean;
  data: Record<string, unknown>;
  files: Attachment[];
}

export interface FakeDiscord {
  /** What DISCORD_API_URL is set to. */
  apiUrl: string;
  state: FakeState;
  dispatch(event: string, data: unknown): Promise<void>;
  disconnect(code?: number): void;
  /** The next matching request is answered with 429 and retry_after. */
  rateLimitOnce(method: string, path: RegExp, retryAfterSeconds?: number): void;
  failOnce(failure: Failure): void;
  closeDms(userId: string): void;
  answerTo(interactionId: string): Promise<SeenAnswer>;
  /** A file a member uploaded with a command, served as Discord's CDN serves it, on this server. */
  hostFile(name: string, content: string): HostedFile;
  /** How many times hosted files were downloaded. */
  downloads(): number;
  close(): Promise<void>;
}

export interface HostedFile {
  id: string;
  filename: string;
  size: number;
  url: string;
}

const EPHEMERAL = 64;

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const state = new FakeState();
  let ids = 200_000_000_000_000_000n;
  let port = 0;
  const failures: Failure[] = [];
  const ctx: RestContext = {
    state,
    gatewayUrl: () => `ws://127.0.0.1:${port}/gateway`,
    applicationId: APPLICATION_ID,
    botUser: BOT_USER,
    failures,
    closedDms: new Set(),
    dmChannels: new Map(),
    nextId: () => {
      ids += 1n;
      return ids.toString();
    },
    ...(options.rateLimits === undefined
      ? {}
      : {
          limits: {
            global: new TokenBucket(options.rateLimits.globalPerSecond),
            channelMessages: options.rateLimits.channelMessages ?? null,
            windows: new Map(),
          },
        }),
  };
  const members = options.guildMembers;
  const guild =
    members === undefined
      ? GUILD
      : {
          ...GUILD,
          member_count: members.length + 1,
          members: [
            { ...guildMember(BOT_USER.id, BOT_USER.username), user: BOT_USER },
            ...members.map((m) => guildMember(m.userId, m.username)),
          ],
        };
  const hosted = new Map<string, string>();
  let downloads = 0;
  const server = createServer((req, res) => {
    const file = /^\/attachments\/(\d+)\//.exec(req.url ?? "");
    if (file !== null) {
      downloads += 1;
      const content = hosted.get(file[1] ?? "");
      if (content === undefined) res.writeHead(404).end();
      else res.writeHead(200, { "content-type": "application/octet-stream" }).end(content);
      return;
    }
    handleRest(ctx, req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  const gateway = new FakeGateway({
    server,
    state,
    url: ctx.gatewayUrl,
    heartbeatIntervalMs: 1_000,
    guilds: () => [guild],
    ready: () => ({
      v: 10,
      user: BOT_USER,
      shard: [0, 1],
      application: { id: APPLICATION_ID, flags: 0 },
    }),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    state,
    dispatch: (event, data) => gateway.dispatch(event, data),
    disconnect: (code) => gateway.disconnect(code),
    rateLimitOnce(method, path, retryAfterSeconds = 0.2) {
      failures.push({
        method,
        path,
        status: 429,
        body: { message: "You are being rate limited.", retry_after: retryAfterSeconds, global: false },
        headers: { "retry-after": String(retryAfterSeconds), "x-ratelimit-scope": "user" },
      });
    },
    failOnce: (failure) => failures.push(failure),
    hostFile(name, content) {
      const id = ctx.nextId();
      hosted.set(id, content);
      const url = `http://127.0.0.1:${port}/attachments/${id}/${encodeURIComponent(name)}`;
      return { id, filename: name, size: Buffer.byteLength(content), url };
    },
    downloads: () => downloads,
    closeDms: (userId) => ctx.closedDms.add(userId),
    async answerTo(interactionId) {
      const answer: InteractionAnswer = await state.until(() =>
        state.answers.find((a) => a.interactionId === interactionId),
      );
      const flags = Number(answer.data.flags ?? 0);
      // 5 and 6 (a deferred reply, a deferred update) are answered by editing the original message.
      if (answer.type !== 5 && answer.type !== 6) {
        return {
          type: answer.type,
          content: typeof answer.data.content === "string" ? answer.data.content : "",
          text: readableText(
            typeof answer.data.content === "string" ? answer.data.content : "",
            answer.data.components,
          ),
          ephemeral: (flags & EPHEMERAL) !== 0,
          data: answer.data,
          files: answer.files,
        };
      }
      const edit: WebhookMessage = await state.until(() =>
        state.webhookMessages.find((m) => m.token === answer.token && m.kind === "edit"),
      );
      return {
        type: answer.type,
        content: edit.content,
        text: readableText(edit.content, edit.components),
        ephemeral: (flags & EPHEMERAL) !== 0,
        // The edit's buttons and menus are what the member sees under the answer.
        data: edit.components === undefined ? answer.data : { ...answer.data, components: edit.components },
        files: [],
      };
    },
    async close() {
      await gateway.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
