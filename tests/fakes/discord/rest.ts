// The fake's REST API: the handful of routes discord.js and the adapter call, under /api/v10.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TokenBucket } from "../tokenBucket.js";
import type { FakeState } from "./state.js";

export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Discord's rate limits, when the fake enforces them (startFakeDiscord's rateLimits option). */
export interface RestLimits {
  /** The bot's global limit, on every request but an interaction's answers. */
  global: TokenBucket;
  /** Each channel's bucket for posting messages, described in X-RateLimit-* headers as Discord does. */
  channelMessages: { limit: number; windowSeconds: number } | null;
  /** Channel id → its bucket's current window. */
  windows: Map<string, { remaining: number; resetAt: number }>;
}

export interface RestContext {
  state: FakeState;
  gatewayUrl: () => string;
  applicationId: string;
  botUser: Record<string, unknown>;
  /** Answered once each, in order, by the first matching request. */
  failures: Failure[];
  /** Users whose DMs are closed: posting in their DM channel fails with 50007. */
  closedDms: Set<string>;
  /** DM channel id → the user it reaches. */
  dmChannels: Map<string, string>;
  nextId: () => string;
  /** Off unless set. */
  limits?: RestLimits;
}

type Json = Record<string, unknown>;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON bodies, and multipart ones (payload_json plus files[n]) parsed by the platform's own FormData. */
async function parseBody(
  req: IncomingMessage,
): Promise<{ json: Json; files: Array<{ field: string; file: File }> }> {
  const raw = await readBody(req);
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const files: Array<{ field: string; file: File }> = [];
    let json: Json = {};
    for (const [field, value] of form.entries()) {
      if (field === "payload_json" && typeof value === "string") json = JSON.parse(value) as Json;
      else if (typeof value !== "string") files.push({ field, file: value });
    }
    return { json, files };
  }
  return { json: raw.length === 0 ? {} : (JSON.parse(raw.toString("utf8")) as Json), files: [] };
}

function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

type Headers = Record<string, string>;

const RATE_LIMITED = "You are being rate limited.";

/** A 429 for a request over a limit, or the X-RateLimit-* headers of the route's bucket (maybe none). */
function checkLimits(
  limits: RestLimits,
  method: string,
  path: string,
): { rejected: { body: Json; headers: Headers } } | { headers: Headers } {
  // Interaction answers are not bound to the global limit.
  if (!/^\/(interactions|webhooks)\//.test(path)) {
    const wait = limits.global.take();
    if (wait > 0) {
      const seconds = wait.toFixed(3);
      return {
        rejected: {
          body: { message: RATE_LIMITED, retry_after: Number(seconds), global: true },
          headers: { "retry-after": seconds, "x-ratelimit-global": "true", "x-ratelimit-scope": "global" },
        },
      };
    }
  }
  const channel = method === "POST" ? /^\/channels\/(\d+)\/messages$/.exec(path)?.[1] : undefined;
  const bucket = limits.channelMessages;
  if (channel === undefined || bucket === null) return { headers: {} };
  const now = Date.now();
  let window = limits.windows.get(channel);
  if (window === undefined || now >= window.resetAt) {
    window = { remaining: bucket.limit, resetAt: now + bucket.windowSeconds * 1000 };
    limits.windows.set(channel, window);
  }
  const resetAfter = ((window.resetAt - now) / 1000).toFixed(3);
  const headers: Headers = {
    "x-ratelimit-limit": String(bucket.limit),
    "x-ratelimit-remaining": String(Math.max(0, window.remaining - 1)),
    "x-ratelimit-reset": (window.resetAt / 1000).toFixed(3),
    "x-ratelimit-reset-after": resetAfter,
    "x-ratelimit-bucket": "fake-channel-messages",
  };
  if (window.remaining === 0) {
    return {
      rejected: {
        body: { message: RATE_LIMITED, retry_after: Number(resetAfter), global: false },
        headers: { ...headers, "retry-after": resetAfter, "x-ratelimit-scope": "user" },
      },
    };
  }
  window.remaining -= 1;
  return { headers };
}

/** Discord's limits on a message: 2000 characters of content, 1024 of each attachment's description. */
const MAX_CONTENT = 2000;
const MAX_DESCRIPTION = 1024;

function tooLong(max: number): Json {
  return { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` }] };
}

/** Components V2: a message of containers and text displays, which carries no content nor embeds. */
const IS_COMPONENTS_V2 = 1 << 15;
const MAX_V2_TEXT = 4000;
const TEXT_DISPLAY = 10;

/** What a member reads of a message: its content, or a V2 message's text displays, one a line. */
export function readableText(content: string, components: unknown): string {
  const displays = textDisplays(components);
  return displays.length > 0 && content === "" ? displays.join("\n") : content;
}

/** Every text display's content in a components tree. */
function textDisplays(components: unknown): string[] {
  if (!Array.isArray(components)) return [];
  return components.flatMap((c: Json) => [
    ...(c.type === TEXT_DISPLAY && typeof c.content === "string" ? [c.content] : []),
    ...textDisplays(c.components),
  ]);
}

/** The field errors Discord's 400 (50035 Invalid Form Body) would list for this message, if any. */
function invalidFields(json: Json): Json | null {
  const errors: Json = {};
  if ((Number(json.flags ?? 0) & IS_COMPONENTS_V2) !== 0) {
    if (typeof json.content === "string" && json.content !== "") {
      errors.content = { _errors: [{ code: "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2" }] };
    }
    if (Array.isArray(json.embeds) && json.embeds.length > 0) {
      errors.embeds = { _errors: [{ code: "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2" }] };
    }
    if (textDisplays(json.components).join("").length > MAX_V2_TEXT) {
      errors.components = { _errors: [{ code: "COMPONENT_TEXT_TOO_LONG" }] };
    }
  }
  if (typeof json.content === "string" && json.content.length > MAX_CONTENT) {
    errors.content = tooLong(MAX_CONTENT);
  }
  const attachments = Array.isArray(json.attachments) ? (json.attachments as Json[]) : [];
  const described: Json = {};
  attachments.forEach((attachment, index) => {
    const description = attachment.description;
    if (typeof description === "string" && description.length > MAX_DESCRIPTION) {
      described[String(index)] = { description: tooLong(MAX_DESCRIPTION) };
    }
  });
  if (Object.keys(described).length > 0) errors.attachments = described;
  return Object.keys(errors).length > 0 ? errors : null;
}

/** A message the bot posted, as Discord returns it. */
export function botMessage(fields: {
  id: string;
  channelId: string;
  content: string;
  author: Json;
  timestamp: string;
  flags: number;
}): Json {
  return {
    id: fields.id,
    channel_id: fields.channelId,
    type: 0,
    content: fields.content,
    author: fields.author,
    timestamp: fields.timestamp,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: fields.flags,
  };
}

function messageObject(ctx: RestContext, channelId: string, content: string): Json {
  return botMessage({
    id: ctx.nextId(),
    channelId,
    content,
    author: ctx.botUser,
    timestamp: new Date().toISOString(),
    flags: 0,
  });
}

export async function handleRest(ctx: RestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://fake");
  const method = req.method ?? "GET";
  const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
  const { state } = ctx;
  const record = (status: number) => {
    state.requests.push({ method, path, status });
    state.changed();
  };

  const failureIndex = ctx.failures.findIndex((f) => f.method === method && f.path.test(path));
  const failure = ctx.failures[failureIndex];
  if (failure !== undefined) {
    ctx.failures.splice(failureIndex, 1);
    await readBody(req);
    record(failure.status);
    send(res, failure.status, failure.body, failure.headers);
    return;
  }

  const limited = ctx.limits === undefined ? { headers: {} } : checkLimits(ctx.limits, method, path);
  if ("rejected" in limited) {
    await readBody(req);
    record(429);
    send(res, 429, limited.rejected.body, limited.rejected.headers);
    return;
  }

  const { json, files } = await parseBody(req);
  const attachments = (described: Json[]) =>
    Promise.all(
      files.map(async ({ file }, index) => ({
        name: file.name,
        contentType: file.type,
        bytes: new Uint8Array(await file.arrayBuffer()),
        description:
          typeof described[index]?.description === "string" ? String(described[index]?.description) : null,
      })),
    );
  const on = (m: string | null, pattern: RegExp) => (m === null || m === method ? pattern.exec(path) : null);
  let match: RegExpExecArray | null = null;

  if (method === "GET" && path === "/gateway/bot") {
    record(200);
    send(res, 200, {
      url: ctx.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
    });
    return;
  }
  if (method === "GET" && path === "/users/@me") {
    record(200);
    send(res, 200, ctx.botUser);
    return;
  }
  match = on(null, /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
  if (match) {
    if (method === "PUT") {
      state.commandRegistrations.push({ path, body: json });
      record(200);
      const definitions = Array.isArray(json) ? (json as Json[]) : [];
      const registered = definitions.map((d) => ({
        ...d,
        id: ctx.nextId(),
        application_id: ctx.applicationId,
        version: "1",
      }));
      state.registeredCommands.set(path, registered);
      send(res, 200, registered);
      return;
    }
    record(200);
    send(res, 200, state.registeredCommands.get(path) ?? []);
    return;
  }
  match = on("POST", /^\/interactions\/(\d+)\/([^/]+)\/callback$/);
  if (match) {
    const invalid = invalidFields((json.data as Json | undefined) ?? {});
    if (invalid !== null) {
      record(400);
      send(res, 400, { message: "Invalid Form Body", code: 50035, errors: invalid });
      return;
    }
    state.answers.push({
      interactionId: match[1] ?? "",
      token: match[2] ?? "",
      type: Number(json.type),
      data: (json.data as Json | undefined) ?? {},
      files: await attachments([]),
    });
    record(204);
    send(res, 204);
    return;
  }
  match = on("DELETE", /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/);
  if (match) {
    // The deleted original is in `requests`; it is neither an edit nor a follow-up.
    record(204);
    send(res, 204);
    return;
  }
  match = on(null, /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/);
  if (match) {
    const token = match[2] ?? "";
    const kind = match[3] ? "edit" : "followUp";
    const content = typeof json.content === "string" ? json.content : "";
    state.webhookMessages.push({
      token,
      kind,
      content,
      flags: Number(json.flags ?? 0),
      ...(Array.isArray(json.components) && json.components.length > 0
        ? { components: json.components }
        : {}),
    });
    record(200);
    send(res, 200, messageObject(ctx, "0", content));
    return;
  }
  if (method === "POST" && path === "/users/@me/channels") {
    const recipient = String(json.recipient_id);
    const id = [...ctx.dmChannels].find(([, user]) => user === recipient)?.[0] ?? ctx.nextId();
    ctx.dmChannels.set(id, recipient);
    record(200);
    send(res, 200, {
      id,
      type: 1,
      last_message_id: null,
      recipients: [
        { id: recipient, username: `user${recipient}`, discriminator: "0", avatar: null, global_name: null },
      ],
    });
    return;
  }
  match = on("POST", /^\/channels\/(\d+)\/messages$/);
  if (match) {
    const channelId = match[1] ?? "";
    const dmUser = ctx.dmChannels.get(channelId);
    if (dmUser !== undefined && ctx.closedDms.has(dmUser)) {
      record(403);
      send(res, 403, { message: "Cannot send messages to this user", code: 50007 });
      return;
    }
    const invalid = invalidFields(json);
    if (invalid !== null) {
      record(400);
      send(res, 400, { message: "Invalid Form Body", code: 50035, errors: invalid });
      return;
    }
    const described = Array.isArray(json.attachments) ? (json.attachments as Json[]) : [];
    const posted = await attachments(described);
    const content = typeof json.content === "string" ? json.content : "";
    state.messages.push({
      channelId,
      content,
      text: readableText(content, json.components),
      flags: Number(json.flags ?? 0),
      attachments: posted,
      ...(Array.isArray(json.components) && json.components.length > 0
        ? { components: json.components }
        : {}),
    });
    record(200);
    send(res, 200, messageObject(ctx, channelId, content), limited.headers);
    return;
  }
  if (on("PUT", /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/)) {
    record(204);
    res.writeHead(204).end();
    return;
  }
  record(404);
  send(res, 404, { message: "404: Not Found", code: 0 });
}
