// A Telegram adapter wired to a fresh database and the fake Bot API server, for end-to-end tests.

import { and, eq } from "drizzle-orm";
import pino from "pino";
import type { CoreDeps } from "../../../src/core/commands/context.js";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { checkins } from "../../../src/db/schema/index.js";
import { createLogger, type Logger } from "../../../src/log.js";
import {
  createTelegramAdapter,
  type TelegramAdapter,
  type TelegramAdapterOptions,
} from "../../../src/platforms/telegram/telegramAdapter.js";
import {
  type Call,
  type FakeChat,
  type FakeTelegram,
  type FakeUser,
  startFakeTelegram,
} from "../../fakes/telegramServer.js";
import { coreDepsFor } from "../../support/coreDeps.js";
import type { TestDatabase } from "../../support/databases.js";

export const TOKEN = "123456:TEST-token-for-the-fake-server";
// Saturday 2026-11-28, 14:00 in São Paulo.
export const SAT = new Date("2026-11-28T17:00:00Z");
export const silentLog = createLogger("silent");
/** Telegram's per-chat spacing would make every test wait a second per reply; the throttler stays on. */
export const NO_SPACING = { global: {}, group: {}, out: {} };

export const ANA: FakeUser = { id: 1001, first_name: "Ana", language_code: "en" };
export const JOAO: FakeUser = { id: 1002, first_name: "João", language_code: "pt-br" };
export const GROUP: FakeChat = { id: -100_123, type: "supergroup", title: "MLOps turma 1" };
export const privateChat = (user: FakeUser): FakeChat => ({ id: user.id, type: "private" });

/** A logger writing every line (debug and up, nothing redacted) to memory, to read what an operator would. */
export interface CapturedLog {
  log: Logger;
  text(): string;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const log = pino({ level: "debug" }, { write: (line: string) => lines.push(line) });
  return { log, text: () => lines.join("") };
}

export interface RigOptions {
  webhook?: (fake: FakeTelegram) => NonNullable<TelegramAdapterOptions["webhook"]>;
  log?: Logger;
  /** A fake to use instead of a fresh one (for one that is down at start); closed with the rig. */
  fake?: FakeTelegram;
  /** The bot's clock; SAT by default. Time is an input: a test moves it instead of waiting. */
  clock?: () => Date;
  /** How soon a start that failed is tried again; short, so tests do not wait. */
  startRetry?: TelegramAdapterOptions["startRetry"];
}

export interface TelegramRig {
  fake: FakeTelegram;
  deps: CoreDeps;
  adapter: TelegramAdapter;
  handle: DatabaseHandle;
  errors: unknown[];
  /** Sends a message as `from` in `chat`, and returns the bot's next message to that chat. */
  say(from: FakeUser, chat: FakeChat, text: string): Promise<{ text: string; call: Call; updateId: number }>;
  /** Queues an update and returns the bot's next message to the chat. */
  deliver(update: Record<string, unknown>, chatId: number): Promise<{ text: string; call: Call }>;
  checkinsOf(eventId: string): Promise<Array<{ minutes: number; note: string | null }>>;
  close(): Promise<void>;
}

const isReplyTo = (chatId: number) => (call: Call) =>
  call.method === "sendMessage" && Number(call.params.chat_id) === chatId;

export async function startRig(database: TestDatabase, options: RigOptions = {}): Promise<TelegramRig> {
  const handle = await database.open();
  const fake = options.fake ?? (await startFakeTelegram());
  const errors: unknown[] = [];
  const deps = await coreDepsFor(handle.db, errors);
  const adapter = createTelegramAdapter({
    token: TOKEN,
    apiRoot: fake.url,
    deps,
    clock: options.clock ?? (() => SAT),
    log: options.log ?? silentLog,
    throttle: NO_SPACING,
    pollTimeoutSeconds: 1,
    webhook: options.webhook?.(fake),
    startRetry: options.startRetry ?? { firstDelayMs: 50, maxDelayMs: 200 },
  });
  try {
    await adapter.start();
  } catch (error) {
    await handle.close();
    if (options.fake === undefined) await fake.close();
    throw error;
  }

  async function deliver(update: Record<string, unknown>, chatId: number) {
    const before = fake.calls.filter(isReplyTo(chatId)).length;
    fake.push(update);
    const replies = await fake.waitFor(isReplyTo(chatId), before + 1);
    const call = replies[before] as Call;
    return { text: String(call.params.text), call };
  }

  return {
    fake,
    deps,
    adapter,
    handle,
    errors,
    deliver,
    async say(from, chat, text) {
      const update = fake.textUpdate(from, chat, text);
      return { ...(await deliver(update, chat.id)), updateId: update.update_id };
    },
    checkinsOf(eventId) {
      return handle.db
        .select({ minutes: checkins.minutes, note: checkins.note })
        .from(checkins)
        .where(and(eq(checkins.platform, "telegram"), eq(checkins.eventId, eventId)));
    },
    async close() {
      await adapter.stop();
      await fake.close();
      await handle.close();
    },
  };
}
