// The bot's client against a Telegram that is down, slow or asks for long waits: every call ends soon, so
// a scheduled send fails within its claim instead of hanging through an outage.
import { GrammyError, HttpError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../../src/platforms/telegram/createBot.js";
import { type FakeTelegram, startFakeTelegram } from "../../fakes/telegramServer.js";
import { NO_SPACING, TOKEN } from "./support.js";

describe("the Telegram client", () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(() => fake.close());

  const sends = (chatId: number) =>
    fake.calls.filter((call) => call.method === "sendMessage" && Number(call.params.chat_id) === chatId);

  it("GIVEN Telegram unreachable THEN a call fails at once as a network error, instead of being retried for up to an hour", async () => {
    const { api } = createBot({ token: TOKEN, apiRoot: fake.url, throttle: NO_SPACING });
    fake.goDown();
    try {
      await expect(api.sendMessage(3001, "⏰ Time for today's study")).rejects.toBeInstanceOf(HttpError);
    } finally {
      fake.comeUp();
    }
    await expect(api.sendMessage(3001, "⏰ Time for today's study")).resolves.toBeDefined();
  });

  it("GIVEN a 429 asking for a long wait THEN the call fails with it at once, instead of waiting", async () => {
    const { api } = createBot({ token: TOKEN, apiRoot: fake.url, throttle: NO_SPACING });
    fake.failNext("sendMessage", {
      status: 429,
      description: "Too Many Requests: retry after 90",
      retryAfter: 90,
    });
    const failure = await api.sendMessage(3002, "⏰ Time for today's study").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GrammyError);
    expect((failure as GrammyError).error_code).toBe(429);
    expect(sends(3002)).toHaveLength(1);
  });

  it("GIVEN a 429 asking for a short wait, twice THEN it waits and the call succeeds", async () => {
    const { api } = createBot({ token: TOKEN, apiRoot: fake.url, throttle: NO_SPACING });
    const short = { status: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 } as const;
    fake.failNext("sendMessage", short, short);
    await expect(api.sendMessage(3003, "⏰ Time for today's study")).resolves.toBeDefined();
    expect(sends(3003)).toHaveLength(3);
  });

  it("GIVEN a call Telegram never answers THEN it fails at the client's deadline", async () => {
    const { api } = createBot({
      token: TOKEN,
      apiRoot: fake.url,
      throttle: NO_SPACING,
      callTimeoutSeconds: 1,
    });
    const release = fake.hold((call) => call.method === "sendMessage" && call.params.chat_id === 3004);
    try {
      await expect(api.sendMessage(3004, "⏰ Time for today's study")).rejects.toBeInstanceOf(HttpError);
      // Not tried again: another try would hold the send past its claim just as long.
      expect(sends(3004)).toHaveLength(1);
    } finally {
      release();
    }
  });
});
