// Scheduled sends through the Telegram PlatformSender: pictures, rate limits and blocked members.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutgoingMessage, PlatformSender } from "../../../src/core/delivery.js";
import { createBot } from "../../../src/platforms/telegram/createBot.js";
import { createTelegramSender } from "../../../src/platforms/telegram/sender.js";
import { type FakeTelegram, startFakeTelegram } from "../../fakes/telegramServer.js";
import { NO_SPACING, TOKEN } from "./support.js";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const SUMMARY: OutgoingMessage = {
  text: "📊 Week of 23/11: 42h together",
  image: { png: PNG, filename: "week.png", alt: "A bar chart of the group's hours" },
};

describe("Telegram sender", () => {
  let fake: FakeTelegram;
  let sender: PlatformSender;
  beforeAll(async () => {
    fake = await startFakeTelegram();
    sender = createTelegramSender(createBot({ token: TOKEN, apiRoot: fake.url, throttle: NO_SPACING }).api);
  });
  afterAll(() => fake.close());

  const callsTo = (method: string, chatId: string) =>
    fake.calls.filter((call) => call.method === method && String(call.params.chat_id) === chatId);

  it("GIVEN a DM with a picture THEN one photo with the text as its caption", async () => {
    expect(await sender.sendToMember("2001", SUMMARY)).toEqual({ ok: true });
    const [photo] = callsTo("sendPhoto", "2001");
    expect(photo?.params.caption).toBe(SUMMARY.text);
    expect(photo?.files.photo?.filename).toBe("week.png");
    expect(photo?.files.photo?.bytes).toEqual(PNG);
  });

  it("GIVEN a group summary with a picture THEN it is posted to the group chat", async () => {
    expect(await sender.sendToChannel("-100555", SUMMARY)).toEqual({ ok: true });
    const [photo] = callsTo("sendPhoto", "-100555");
    expect(photo?.params.caption).toBe(SUMMARY.text);
    expect(photo?.files.photo?.bytes).toEqual(PNG);
  });

  it("GIVEN a text too long for a caption THEN the photo, then the text", async () => {
    const text = `${"a line of the weekly summary\n".repeat(60)}end`;
    expect(await sender.sendToChannel("-100556", { ...SUMMARY, text })).toEqual({ ok: true });
    expect(callsTo("sendPhoto", "-100556")[0]?.params.caption).toBeUndefined();
    expect(callsTo("sendMessage", "-100556").map((call) => call.params.text)).toEqual([text]);
  });

  it("GIVEN 429 with retry_after THEN it waits and the send succeeds", async () => {
    fake.failNext("sendMessage", {
      status: 429,
      description: "Too Many Requests: retry after 1",
      retryAfter: 1,
    });
    expect(await sender.sendToMember("2002", { text: "⏰ Time for today's study" })).toEqual({ ok: true });
    expect(callsTo("sendMessage", "2002")).toHaveLength(2);
  });

  it("GIVEN 403 'bot was blocked by the user' THEN the member is unreachable", async () => {
    fake.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user" });
    expect(await sender.sendToMember("2003", { text: "⏰ Time for today's study" })).toEqual({
      ok: false,
      error: "unreachable",
      detail: "Forbidden: bot was blocked by the user",
    });
    expect(callsTo("sendMessage", "2003")).toHaveLength(1);
  });

  it("GIVEN 400 'chat not found' THEN unreachable too; other refusals are transient", async () => {
    fake.failNext("sendPhoto", { status: 400, description: "Bad Request: chat not found" });
    expect(await sender.sendToChannel("-100999", SUMMARY)).toMatchObject({ ok: false, error: "unreachable" });
    fake.failNext("sendMessage", { status: 400, description: "Bad Request: message is too long" });
    expect(await sender.sendToMember("2004", { text: "x" })).toMatchObject({ ok: false, error: "transient" });
  });
});
