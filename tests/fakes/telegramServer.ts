// A small fake Bot API server on 127.0.0.1: enough of Telegram for the real grammY client to talk to.
// It records every call, hands out updates the test queues, can fail a call with 429 or 403, enforces
// Telegram's limits on a message's text and a caption (and its flood limit, when asked), can hold calls
// unanswered, go down (refuse every connection) and come back, or hang or refuse as in an outage. It edits
// messages and answers button presses, refusing an edit that changes nothing as Telegram does; it takes the
// bot's profile and chat actions, and builds replies, media and the bot's own membership changes as updates.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { TokenBucket } from "./tokenBucket.js";

export const BOT = {
  id: 7_000_001,
  is_bot: true,
  first_name: "Constância",
  username: "ConstanciaBot",
} as const;

/** What Telegram lists of an administrator's rights, enough for grammY's types. */
const ADMIN_RIGHTS = {
  can_be_edited: false,
  is_anonymous: false,
  can_manage_chat: true,
  can_delete_messages: true,
  can_manage_video_chats: false,
  can_restrict_members: false,
  can_promote_members: false,
  can_change_info: false,
  can_invite_users: true,
  can_post_stories: false,
  can_edit_stories: false,
  can_delete_stories: false,
};

export interface Call {
  method: string;
  token: string;
  params: Record<string, unknown>;
  /** Files of a multipart call, by field name. */
  files: Record<string, { filename: string; bytes: Uint8Array }>;
  /** The id of the message a send created, once answered. */
  messageId?: number;
}

/** What a member can send that holds no text. */
export type FakeMedia = "voice" | "photo" | "sticker" | "video_note";

type Params = Record<string, unknown>;

export interface Failure {
  status: 429 | 403 | 401 | 400;
  description: string;
  retryAfter?: number;
}

export interface FakeUser {
  id: number;
  first_name: string;
  language_code?: string;
  username?: string;
}

export interface FakeChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
}

interface Hold {
  predicate: (call: Call) => boolean;
  /** The answers waiting for release. */
  waiting: Array<() => void>;
}

interface Waiter {
  predicate: (call: Call) => boolean;
  count: number;
  resolve: (calls: Call[]) => void;
}

export interface FakeTelegramOptions {
  /**
   * Telegram's flood limit on a bot's sent messages (about 30 a second overall), answered with 429 and
   * retry_after. Off unless given. The 1-a-second limit per chat is not enforced.
   */
  messagesPerSecond?: number;
}

export interface FakeTelegram {
  /** The apiRoot for grammY. */
  url: string;
  calls: Call[];
  /** Queues an update for the next getUpdates; returns it (with its update_id). */
  push(update: Record<string, unknown>): Record<string, unknown>;
  /** Builds a text message update with a fresh update_id (not queued). */
  textUpdate(from: FakeUser, chat: FakeChat, text: string): Record<string, unknown> & { update_id: number };
  /**
   * Builds a document message with a caption, as Telegram sends a file with a command (not queued); the
   * file is served through getFile and /file/bot<token>/<path>.
   */
  documentUpdate(
    from: FakeUser,
    chat: FakeChat,
    caption: string,
    file: { name: string; content: string },
  ): Record<string, unknown> & { update_id: number };
  /** How many times a file was downloaded. */
  downloads(): number;
  /**
   * Builds a text message replying to one the bot sent (`to`, a recorded send), carrying it as Telegram
   * does: its text and its inline keyboard (not queued).
   */
  replyUpdate(
    from: FakeUser,
    chat: FakeChat,
    text: string,
    to: Call,
  ): Record<string, unknown> & { update_id: number };
  /** Builds a voice note, a photo… with an optional caption (not queued). */
  mediaUpdate(
    from: FakeUser,
    chat: FakeChat,
    media: FakeMedia,
    caption?: string,
  ): Record<string, unknown> & { update_id: number };
  /** Builds the bot's own membership of a group changing, as done by `from` (not queued). */
  myChatMemberUpdate(
    from: FakeUser,
    chat: FakeChat,
    change: { from: string; to: string },
  ): Record<string, unknown> & { update_id: number };
  /** Builds a press on an inline button under one of the bot's messages (not queued). */
  callbackUpdate(
    from: FakeUser,
    message: { chatId: number; messageId: number },
    data: string,
  ): Record<string, unknown> & { update_id: number; callback_query: { id: string } };
  /** The next calls of `method` fail this way, in order. */
  failNext(method: string, ...failures: Failure[]): void;
  /** getChatMember answers this status for the user in the chat (default "member"). */
  setMemberStatus(chatId: number, userId: number, status: string): void;
  /** Resolves with the first `count` recorded calls that match, waiting for them if needed. */
  waitFor(predicate: (call: Call) => boolean, count?: number): Promise<Call[]>;
  /** How many calls the flood limit (messagesPerSecond) answered with 429. */
  rateLimited(): number;
  /**
   * Matching calls are recorded but not answered until the returned function is called (a slow or stuck
   * Telegram); then they are answered as usual.
   */
  hold(predicate: (call: Call) => boolean): () => void;
  /** From now on every connection is dropped at once, as by a server that is unreachable. */
  goDown(): void;
  /** Takes connections again, on the same port. */
  comeUp(): void;
  /**
   * An outage: "hang" holds every request unanswered (and unrecorded) until the outage ends, dropping those
   * whose client gave up; "refuse" drops each connection at once; null ends it, answering the held ones.
   */
  outage(mode: "hang" | "refuse" | null): void;
  /** Requests held by a "hang" outage whose client still waits. */
  held(): number;
  /** Connections a "refuse" outage dropped. */
  refused(): number;
  close(): Promise<void>;
}

function ok(response: ServerResponse, result: unknown): void {
  response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
}

function fail(response: ServerResponse, failure: Failure): void {
  const body = {
    ok: false,
    error_code: failure.status,
    description: failure.description,
    ...(failure.retryAfter === undefined ? {} : { parameters: { retry_after: failure.retryAfter } }),
  };
  response.writeHead(failure.status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

interface Part {
  name: string;
  filename: string | null;
  body: Buffer;
}

/** A minimal multipart/form-data reader: grammY writes headers more loosely than undici's parser accepts. */
function multipartParts(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    // Each part: CRLF, headers, a blank line, the content, CRLF before the next delimiter.
    const chunk = body.subarray(start + delimiter.length + 2, next - 2);
    const split = chunk.indexOf("\r\n\r\n");
    const headers = chunk.subarray(0, split).toString();
    const name = /(?:^|[;\s])name="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1] ?? null;
    if (name !== undefined) parts.push({ name, filename, body: chunk.subarray(split + 4) });
    start = next;
  }
  return parts;
}

async function readParams(request: IncomingMessage): Promise<Pick<Call, "params" | "files">> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = request.headers["content-type"] ?? "";
  if (body.length === 0) return { params: {}, files: {} };
  if (type.startsWith("application/json"))
    return { params: JSON.parse(body.toString()) as Params, files: {} };
  if (!type.startsWith("multipart/form-data")) throw new Error(`unexpected content type ${type}`);

  const boundary = /boundary=(.+)$/.exec(type)?.[1];
  if (boundary === undefined) throw new Error("multipart without a boundary");
  const params: Params = {};
  const files: Call["files"] = {};
  for (const part of multipartParts(body, boundary)) {
    if (part.filename === null) {
      const value = part.body.toString();
      // grammY sends objects as JSON text, and files as "attach://<part>" pointing at another part.
      params[part.name] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
    } else {
      files[part.name] = { filename: part.filename, bytes: new Uint8Array(part.body) };
    }
  }
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" && value.startsWith("attach://")) {
      const file = files[value.slice("attach://".length)];
      if (file !== undefined) files[name] = file;
    }
  }
  return { params, files };
}

export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const calls: Call[] = [];
  const queue: Record<string, unknown>[] = [];
  const pollers = new Set<() => void>();
  const failures = new Map<string, Failure[]>();
  const statuses = new Map<string, string>();
  /** What each edited message shows now, by chat and message id: an edit changing nothing is refused. */
  const shown = new Map<string, string>();
  function edit(params: Params, text: unknown): Failure | undefined {
    const key = `${params.chat_id}:${params.message_id}`;
    const before = shown.get(key);
    const now = JSON.stringify({
      text: text ?? JSON.parse(before ?? "{}").text,
      markup: params.reply_markup,
    });
    shown.set(key, now);
    return now === before
      ? {
          status: 400,
          description:
            "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
        }
      : undefined;
  }
  const waiters = new Set<Waiter>();
  const holds = new Set<Hold>();
  /** Files members sent, by file_id. */
  const hosted = new Map<string, string>();
  let downloads = 0;
  const sockets = new Set<Socket>();
  let down = false;
  let nextUpdateId = 100;
  let nextMessageId = 1;
  const flood = options.messagesPerSecond === undefined ? null : new TokenBucket(options.messagesPerSecond);
  let rateLimited = 0;
  let outage: "hang" | "refuse" | null = null;
  const held = new Map<ServerResponse, () => void>();
  let refused = 0;

  /** A 429 for a send over the flood limit, with the whole seconds to wait as Telegram gives them. */
  function overLimit(method: string): Failure | undefined {
    if (flood === null || !method.startsWith("send")) return undefined;
    const wait = flood.take();
    if (wait === 0) return undefined;
    rateLimited += 1;
    const retryAfter = Math.max(1, Math.ceil(wait));
    return { status: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter };
  }

  function matching(waiter: Waiter): Call[] {
    return calls.filter(waiter.predicate).slice(0, waiter.count);
  }

  function record(call: Call): void {
    calls.push(call);
    for (const waiter of waiters) {
      const found = matching(waiter);
      if (found.length === waiter.count) {
        waiters.delete(waiter);
        waiter.resolve(found);
      }
    }
  }

  function sentMessage(params: Params, extra: Params): Params {
    const chatId = Number(params.chat_id);
    return {
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat:
        chatId > 0
          ? { id: chatId, type: "private", first_name: "member" }
          : { id: chatId, type: "group", title: "group" },
      from: BOT,
      ...extra,
    };
  }

  async function getUpdates(request: IncomingMessage, response: ServerResponse, params: Params) {
    const seconds = Math.min(Number(params.timeout ?? 0), 5);
    if (queue.length === 0 && seconds > 0) {
      // Long polling: hold the request until an update is queued, the timeout passes or the client leaves.
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          pollers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, seconds * 1000);
        pollers.add(done);
        request.once("close", done);
        response.once("close", done);
      });
    }
    if (response.destroyed) return;
    // Telegram hands out at most `limit` updates (1 to 100) per call.
    const limit = Math.min(Math.max(Number(params.limit ?? 100), 1), 100);
    ok(response, queue.splice(0, limit));
  }

  /** Telegram's own limits on what a message carries, answered as Telegram answers them. */
  function overLength(method: string, params: Params): Failure | undefined {
    if (method === "sendMessage" && String(params.text ?? "").length > 4096)
      return { status: 400, description: "Bad Request: message is too long" };
    if (method === "sendPhoto" && String(params.caption ?? "").length > 1024)
      return { status: 400, description: "Bad Request: message caption is too long" };
    return undefined;
  }

  const server = createServer((request, response) => {
    if (outage === "refuse") {
      refused += 1;
      request.socket.destroy();
      return;
    }
    if (outage === "hang") {
      held.set(response, () => handle(request, response));
      response.once("close", () => held.delete(response));
      return;
    }
    handle(request, response);
  });

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    const download = /^\/file\/bot[^/]+\/documents\/([\w-]+)$/.exec(path);
    if (download !== null) {
      const content = hosted.get(download[1] ?? "");
      downloads += 1;
      if (content === undefined) response.writeHead(404).end();
      else response.writeHead(200, { "content-type": "application/octet-stream" }).end(content);
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(request.url ?? "/", "http://fake").pathname);
    if (match === null) {
      fail(response, { status: 400, description: "Not Found" });
      return;
    }
    const [, token = "", method = ""] = match;
    readParams(request)
      .then(async ({ params, files }) => {
        const call: Call = { method, token, params, files };
        record(call);
        const hold = [...holds].find((h) => h.predicate(call));
        if (hold !== undefined) await new Promise<void>((resolve) => hold.waiting.push(resolve));
        if (response.destroyed) return;
        const failure = failures.get(method)?.shift() ?? overLength(method, params) ?? overLimit(method);
        if (failure !== undefined) return fail(response, failure);
        switch (method) {
          case "getMe":
            return ok(response, {
              ...BOT,
              can_join_groups: true,
              can_read_all_group_messages: false,
              supports_inline_queries: false,
            });
          case "getUpdates":
            return getUpdates(request, response, params);
          case "sendMessage": {
            const sent = sentMessage(params, { text: params.text });
            call.messageId = Number(sent.message_id);
            return ok(response, sent);
          }
          case "sendPhoto":
            return ok(response, sentMessage(params, { caption: params.caption, photo: [] }));
          case "sendDocument":
            return ok(
              response,
              sentMessage(params, { caption: params.caption, document: { file_id: "doc" } }),
            );
          case "getChatMember": {
            const status = statuses.get(`${params.chat_id}:${params.user_id}`) ?? "member";
            return ok(response, {
              status,
              user: { id: Number(params.user_id), is_bot: false, first_name: "member" },
            });
          }
          case "editMessageText": {
            const same = edit(params, params.text);
            if (same !== undefined) return fail(response, same);
            return ok(
              response,
              sentMessage(params, { message_id: Number(params.message_id), text: params.text }),
            );
          }
          case "editMessageReplyMarkup": {
            const same = edit(params, undefined);
            if (same !== undefined) return fail(response, same);
            return ok(response, sentMessage(params, { message_id: Number(params.message_id) }));
          }
          case "getFile": {
            const fileId = String(params.file_id);
            const content = hosted.get(fileId);
            if (content === undefined)
              return fail(response, { status: 400, description: "Bad Request: invalid file_id" });
            return ok(response, {
              file_id: fileId,
              file_unique_id: `u-${fileId}`,
              file_size: Buffer.byteLength(content),
              file_path: `documents/${fileId}`,
            });
          }
          case "answerCallbackQuery":
          case "setMyCommands":
          case "setMyDescription":
          case "setMyShortDescription":
          case "sendChatAction":
          case "setWebhook":
          case "deleteWebhook":
            return ok(response, true);
          default:
            return fail(response, { status: 400, description: `Bad Request: method ${method} not faked` });
        }
      })
      // Not a 5xx: grammY would retry it for a while instead of failing the test at once.
      .catch((error: unknown) =>
        fail(response, { status: 400, description: `fake server: ${String(error)}` }),
      );
  }

  server.on("connection", (socket: Socket) => {
    if (down) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  /** A member's message update with a fresh update_id: who, where, and what it holds. */
  function messageUpdate(from: FakeUser, chat: FakeChat, fields: Record<string, unknown>) {
    return {
      update_id: nextUpdateId++,
      message: {
        message_id: nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        from: { is_bot: false, ...from },
        chat: shownChat(from, chat),
        ...fields,
      },
    };
  }
  /** A private chat as Telegram describes it names the member. */
  const shownChat = (from: FakeUser, chat: FakeChat) =>
    chat.type === "private" ? { ...chat, first_name: from.first_name } : chat;
  /** A bot_command entity over the text's first word, when it is one. */
  const commandEntities = (text: string) =>
    text.startsWith("/")
      ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]?.length ?? 0 }]
      : [];

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    push(update) {
      queue.push(update);
      for (const wake of [...pollers]) wake();
      return update;
    },
    textUpdate(from, chat, text) {
      const entities = commandEntities(text);
      return messageUpdate(from, chat, { text, ...(entities.length > 0 ? { entities } : {}) });
    },
    documentUpdate(from, chat, caption, file) {
      const fileId = `doc-${nextUpdateId}`;
      hosted.set(fileId, file.content);
      const entities = commandEntities(caption);
      return messageUpdate(from, chat, {
        document: {
          file_id: fileId,
          file_unique_id: `u-${fileId}`,
          file_name: file.name,
          mime_type: "application/yaml",
          file_size: Buffer.byteLength(file.content),
        },
        caption,
        ...(entities.length > 0 ? { caption_entities: entities } : {}),
      });
    },
    downloads: () => downloads,
    replyUpdate(from, chat, text, to) {
      const markup = to.params.reply_markup as { inline_keyboard?: unknown } | undefined;
      return messageUpdate(from, chat, {
        text,
        reply_to_message: {
          message_id: to.messageId,
          date: Math.floor(Date.now() / 1000),
          from: BOT,
          chat: shownChat(from, chat),
          text: to.params.text,
          // Telegram returns an inline keyboard with the message; a force_reply is not returned.
          ...(markup?.inline_keyboard === undefined ? {} : { reply_markup: markup }),
        },
      });
    },
    mediaUpdate(from, chat, media, caption) {
      const file = { file_id: `${media}-${nextUpdateId}`, file_unique_id: `u-${media}-${nextUpdateId}` };
      const content = {
        voice: { voice: { ...file, duration: 12, mime_type: "audio/ogg" } },
        photo: { photo: [{ ...file, width: 90, height: 90 }] },
        sticker: {
          sticker: { ...file, type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
        },
        video_note: { video_note: { ...file, length: 240, duration: 5 } },
      }[media];
      return messageUpdate(from, chat, { ...content, ...(caption === undefined ? {} : { caption }) });
    },
    myChatMemberUpdate(from, chat, change) {
      const update_id = nextUpdateId++;
      const as = (status: string) => ({
        status,
        user: BOT,
        ...(status === "administrator" ? ADMIN_RIGHTS : {}),
      });
      return {
        update_id,
        my_chat_member: {
          chat,
          from: { is_bot: false, ...from },
          date: Math.floor(Date.now() / 1000),
          old_chat_member: as(change.from),
          new_chat_member: as(change.to),
        },
      };
    },
    callbackUpdate(from, { chatId, messageId }, data) {
      const update_id = nextUpdateId++;
      return {
        update_id,
        callback_query: {
          id: `cq-${update_id}`,
          from: { is_bot: false, ...from },
          chat_instance: `instance-${chatId}`,
          data,
          message: {
            message_id: messageId,
            date: Math.floor(Date.now() / 1000),
            from: BOT,
            chat:
              chatId > 0
                ? { id: chatId, type: "private", first_name: from.first_name }
                : { id: chatId, type: "supergroup", title: "group" },
            text: "",
          },
        },
      };
    },
    failNext(method, ...list) {
      failures.set(method, [...(failures.get(method) ?? []), ...list]);
    },
    setMemberStatus(chatId, userId, status) {
      statuses.set(`${chatId}:${userId}`, status);
    },
    waitFor(predicate, count = 1) {
      return new Promise((resolve) => {
        const waiter: Waiter = { predicate, count, resolve };
        const found = matching(waiter);
        if (found.length === count) resolve(found);
        else waiters.add(waiter);
      });
    },
    rateLimited: () => rateLimited,
    hold(predicate) {
      const hold: Hold = { predicate, waiting: [] };
      holds.add(hold);
      return () => {
        holds.delete(hold);
        for (const answer of hold.waiting.splice(0)) answer();
      };
    },
    goDown() {
      down = true;
      for (const socket of sockets) socket.destroy();
    },
    comeUp() {
      down = false;
    },
    outage(mode) {
      outage = mode;
      if (mode !== null) return;
      const waiting = [...held.values()];
      held.clear();
      for (const answer of waiting) answer();
    },
    held: () => held.size,
    refused: () => refused,
    close() {
      for (const wake of [...pollers]) wake();
      for (const hold of holds) for (const answer of hold.waiting.splice(0)) answer();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
