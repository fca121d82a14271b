// The logger against the errors the bot really meets: grammY's, discord.js's, postgres.js's, PGlite's and
// drizzle's, each built by its library. Tokens and member text never reach a line, at any depth; what an
// operator needs to act (the kind of error, its code, status, method, route and stack) does.
import { PGlite } from "@electric-sql/pglite";
import { REST, Routes } from "discord.js";
import { sql } from "drizzle-orm";
import { Bot, type BotError, GrammyError, HttpError } from "grammy";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkins } from "../src/db/schema/index.js";
import { createLogger, type Logger } from "../src/log.js";
import { type FakeDiscord, startFakeDiscord } from "./fakes/discord/fakeDiscord.js";
import { type FakeTelegram, startFakeTelegram } from "./fakes/telegramServer.js";
import { createServerDatabase, SERVER_URL, testDatabases } from "./support/databases.js";
import { freePort } from "./support/freePort.js";

/** What a member wrote: a note, an answer, a name. */
const MARKER = "Marker-note-Xq7v";
const TELEGRAM_TOKEN = "123456:TEST-token-for-the-fake-server";
const DISCORD_TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.GfakeA.never-printed-discord-token-0123";
const INTERACTION_TOKEN = "aW50ZXJhY3Rpb246c2VjcmV0LXRva2Vu";

function bufferLogger(): { log: Logger; text: () => string; lines: () => Array<Record<string, unknown>> } {
  const written: string[] = [];
  const log = createLogger("trace", { write: (line: string) => written.push(line) });
  return {
    log,
    text: () => written.join(""),
    lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected it to fail");
}

describe("a grammY error from a failed reply", () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(() => fake.close());

  it("GIVEN the BotError with its context THEN the line has the call, code and description, no token and no member text", async () => {
    const bot = new Bot(TELEGRAM_TOKEN, { client: { apiRoot: fake.url } });
    await bot.init();
    bot.on("message:text", (ctx) => ctx.reply(`Logged 3h — ${ctx.message.text}`));
    fake.failNext("sendMessage", { status: 400, description: "Bad Request: not enough rights to send text" });
    const error = (await caught(() =>
      bot.handleUpdate({
        update_id: 1,
        message: {
          message_id: 1,
          date: 0,
          chat: { id: -100, type: "supergroup", title: MARKER },
          from: { id: 1, is_bot: false, first_name: MARKER },
          text: MARKER,
        },
      }),
    )) as BotError;
    expect(error.error).toBeInstanceOf(GrammyError);
    // The raw error does hold both: the proof that the logger is what keeps them out.
    expect(JSON.stringify(error.ctx.api.token)).toContain(TELEGRAM_TOKEN);

    const { log, text, lines } = bufferLogger();
    log.error({ err: error, updateId: 1 }, "telegram update failed");
    log.error(error.error);
    expect(text()).not.toContain(TELEGRAM_TOKEN);
    expect(text()).not.toContain("TEST-token");
    expect(text()).not.toContain(MARKER);
    const [first, second] = lines();
    expect(first).toMatchObject({
      msg: "telegram update failed",
      updateId: 1,
      err: {
        type: "BotError",
        cause: { type: "GrammyError", code: 400, method: "sendMessage" },
      },
    });
    expect(JSON.stringify(first)).toContain("not enough rights");
    expect(second).toMatchObject({ msg: expect.stringContaining("sendMessage"), err: { code: 400 } });
    expect(String((second?.err as { stack?: string } | undefined)?.stack)).toMatch(/\n\s+at /);
  });
});

describe("a grammY network error", () => {
  it("GIVEN Telegram unreachable THEN the HttpError is logged with the failing call and the cause's code, the token cut out of the URL", async () => {
    const port = await freePort();
    const bot = new Bot(TELEGRAM_TOKEN, { client: { apiRoot: `http://127.0.0.1:${port}` } });
    const error = await caught(() => bot.api.getMe());
    expect(error).toBeInstanceOf(HttpError);
    // node-fetch names the URL it could not reach, and Telegram's URLs carry the token.
    expect(String((error as HttpError).error)).toContain(`/bot${TELEGRAM_TOKEN}/getMe`);
    const { log, text, lines } = bufferLogger();
    log.error({ err: error }, "telegram unreachable");
    expect(text()).not.toContain("TEST-token");
    expect(lines()[0]?.err).toMatchObject({
      type: "HttpError",
      message: "Network request for 'getMe' failed!",
      cause: { code: "ECONNREFUSED" },
    });
  });
});

describe("a discord.js REST error from a refused interaction reply", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(() => fake.close());

  it("GIVEN the DiscordAPIError THEN code, status, method and route are logged, the route without its token", async () => {
    const rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(DISCORD_TOKEN);
    fake.failOnce({
      method: "POST",
      path: /^\/interactions\//,
      status: 400,
      body: {
        code: 50035,
        message: "Invalid Form Body",
        errors: {
          data: {
            content: {
              _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: `Value "${MARKER}" is too long.` }],
            },
          },
        },
      },
    });
    const error = await caught(() =>
      rest.post(Routes.interactionCallback("300000000000000001", INTERACTION_TOKEN), {
        body: { type: 4, data: { content: `Logged 3h — ${MARKER}` } },
      }),
    );
    expect(JSON.stringify(error)).toContain(INTERACTION_TOKEN);

    const { log, text, lines } = bufferLogger();
    log.error({ err: error, interaction: "300000000000000001" }, "discord interaction failed");
    expect(text()).not.toContain(INTERACTION_TOKEN);
    expect(text()).not.toContain(DISCORD_TOKEN);
    expect(text()).not.toContain(MARKER);
    expect(lines()[0]?.err).toMatchObject({
      type: "DiscordAPIError",
      code: 50035,
      status: 400,
      method: "POST",
      route: "/interactions/300000000000000001/:token/callback",
      message: "Invalid Form Body",
    });
  });
});

describe.each(testDatabases)("a failed query on $name", (testDatabase) => {
  it("GIVEN drizzle's DrizzleQueryError for a note THEN the SQLSTATE and constraint, never the parameters", async () => {
    const database = await testDatabase.open();
    try {
      const error = await caught(() =>
        database.db.insert(checkins).values({
          memberId: 999_999,
          minutes: 60,
          note: MARKER,
          localDate: "2026-11-25",
          recordedAt: new Date(),
          platform: "telegram",
          eventId: `event-${MARKER}`,
        }),
      );
      expect((error as Error).constructor.name).toBe("DrizzleQueryError");
      expect(String((error as Error).message)).toContain(MARKER);

      const { log, text, lines } = bufferLogger();
      log.error({ err: error }, "command failed");
      log.error(error);
      expect(text()).not.toContain(MARKER);
      const line = lines()[0]?.err as Record<string, unknown>;
      expect(line).toMatchObject({ type: "DrizzleQueryError", cause: { code: "23503" } });
      expect(JSON.stringify(line)).toContain("checkins");
      expect(lines()[1]?.msg).toMatch(/^Failed query: insert into "checkins"/);
    } finally {
      await database.close();
    }
  });

  it("GIVEN an error whose database message quotes the value THEN the value is cut out of it", async () => {
    const database = await testDatabase.open();
    try {
      const error = await caught(() => database.db.execute(sql`select ${MARKER}::int as n`));
      expect(JSON.stringify(String((error as Error).cause))).toContain(MARKER);
      const { log, text, lines } = bufferLogger();
      log.warn({ failure: { err: error } }, "nested");
      expect(text()).not.toContain(MARKER);
      expect(lines()[0]).toMatchObject({
        failure: { err: { cause: { code: "22P02", message: expect.stringContaining("[value]") } } },
      });
    } finally {
      await database.close();
    }
  });
});

describe("a driver's own error, without drizzle", () => {
  it("GIVEN PGlite's error with its query and params THEN neither is logged", async () => {
    const pglite = new PGlite();
    try {
      const error = await caught(() => pglite.query("select $1::int as n", [MARKER]));
      expect(error).toMatchObject({ params: [MARKER] });
      const { log, text, lines } = bufferLogger();
      log.error({ err: error }, "query failed");
      expect(text()).not.toContain(MARKER);
      expect(text()).not.toContain("select $1");
      expect(lines()[0]?.err).toMatchObject({ code: "22P02" });
    } finally {
      await pglite.close();
    }
  });

  it.skipIf(SERVER_URL === null)(
    "GIVEN postgres.js's error (debug on: query and parameters enumerable) THEN neither is logged, nor the password",
    async () => {
      const scratch = await createServerDatabase(String(SERVER_URL));
      const url = new URL(scratch.url);
      url.password = "hunter2-password";
      const client = postgres(scratch.url, { debug: true, max: 1, onnotice: () => {} });
      try {
        const error = await caught(() => client`select ${MARKER}::int as n`);
        expect(error).toMatchObject({ parameters: [MARKER] });
        const { log, text, lines } = bufferLogger();
        log.error({ err: error, databaseUrl: url.href, target: `connecting to ${url.href}` }, "query failed");
        expect(text()).not.toContain(MARKER);
        expect(text()).not.toContain("hunter2-password");
        expect(lines()[0]).toMatchObject({
          databaseUrl: "[redacted]",
          err: { type: "PostgresError", code: "22P02", severity: "ERROR" },
        });
      } finally {
        await client.end();
        await scratch.drop();
      }
    },
  );
});

describe("fields of any shape", () => {
  class Session {
    readonly note = MARKER;
  }

  it("GIVEN requests, contexts and secrets nested deep THEN none is printed; plain fields are", () => {
    const { log, text, lines } = bufferLogger();
    const deep = {
      platform: "telegram",
      level1: {
        level2: {
          level3: {
            ctx: { api: { token: TELEGRAM_TOKEN } },
            headers: { authorization: `Bot ${DISCORD_TOKEN}` },
            body: MARKER,
            query: `select '${MARKER}'`,
            parameters: [MARKER],
            params: [MARKER],
            payload: { text: MARKER },
            requestBody: { json: { content: MARKER } },
            botToken: TELEGRAM_TOKEN,
            webhookSecret: "s3cr3t-value",
            OPENAI_API_KEY: "sk-live-abcdefghijklmnopqrstuvwxyz",
            session: new Session(),
            url: `https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage`,
            route: `/webhooks/100000000000000001/${INTERACTION_TOKEN}/messages/@original`,
            completion_tokens: 42,
          },
        },
      },
    };
    const error = new Error("send failed", { cause: new Error(`fetch ${deep.level1.level2.level3.url}`) });
    log.info({ deep, err: error }, "detail");
    log.info("interpolated %o", { payload: MARKER, ok: 1 });
    for (const secret of [TELEGRAM_TOKEN, DISCORD_TOKEN, INTERACTION_TOKEN, MARKER, "s3cr3t", "sk-live"]) {
      expect(text()).not.toContain(secret);
    }
    const deepLine = lines()[0]?.deep as { level1: { level2: { level3: unknown } } } | undefined;
    const level3 = deepLine?.level1.level2.level3;
    expect(level3).toEqual({
      botToken: "[redacted]",
      webhookSecret: "[redacted]",
      OPENAI_API_KEY: "[redacted]",
      session: "[Session]",
      url: "https://api.telegram.org/bot[redacted]/sendMessage",
      route: "/webhooks/100000000000000001/:token/messages/@original",
      completion_tokens: 42,
    });
    expect(lines()[0]).toMatchObject({ deep: { platform: "telegram" }, err: { cause: { type: "Error" } } });
  });

  it("GIVEN an object that refers to itself THEN the line is still written", () => {
    const { log, lines } = bufferLogger();
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    log.info({ loop }, "cycle");
    expect(lines()[0]).toMatchObject({ loop: { name: "loop", self: "[…]" } });
  });
});
