// Scheduled sends through the Telegram PlatformSender: pictures, Telegram's limits, refusals, rate limits,
// blocked members and a Telegram that stops answering.
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CoreDeps } from "../../../src/core/commands/context.js";
import type { OutgoingMessage, PlatformSender } from "../../../src/core/delivery.js";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { sends } from "../../../src/db/schema/index.js";
import { createBot } from "../../../src/platforms/telegram/createBot.js";
import { createTelegramSender } from "../../../src/platforms/telegram/sender.js";
import { runTick } from "../../../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../../../src/scheduler/types.js";
import { type FakeTelegram, startFakeTelegram } from "../../fakes/telegramServer.js";
import { coreDepsFor } from "../../support/coreDeps.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { GROUP_SUMMARY_DUE, schedulerOver, studyGroupOf } from "../../support/scheduler.js";
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

  it("GIVEN 400 'chat not found' THEN unreachable too; another 400 is a refusal no retry would change", async () => {
    fake.failNext("sendPhoto", { status: 400, description: "Bad Request: chat not found" });
    expect(await sender.sendToChannel("-100999", SUMMARY)).toMatchObject({ ok: false, error: "unreachable" });
    fake.failNext("sendMessage", { status: 400, description: "Bad Request: message text is empty" });
    expect(await sender.sendToMember("2004", { text: "x" })).toEqual({
      ok: false,
      error: "rejected",
      detail: "Bad Request: message text is empty",
    });
  });

  it("GIVEN Telegram refuses the photo THEN the text goes alone, and the result says why", async () => {
    fake.failNext("sendPhoto", { status: 400, description: "Bad Request: IMAGE_PROCESS_FAILED" });
    expect(await sender.sendToChannel("-100557", SUMMARY)).toEqual({
      ok: true,
      detail: "image refused: Bad Request: IMAGE_PROCESS_FAILED",
    });
    expect(callsTo("sendMessage", "-100557").map((call) => call.params.text)).toEqual([SUMMARY.text]);
  });

  it("GIVEN Telegram stops answering THEN the send is abandoned when its signal aborts, and nothing lands", async () => {
    fake.outage("hang");
    const controller = new AbortController();
    const sending = sender.sendToMember("2005", { text: "⏰ Time for today's study" }, controller.signal);
    await vi.waitFor(() => expect(fake.held()).toBe(1));
    controller.abort();
    expect(await sending).toMatchObject({ ok: false, error: "transient" });
    // The fake saw the client leave; ending the outage answers nothing for it.
    await vi.waitFor(() => expect(fake.held()).toBe(0));
    fake.outage(null);
    expect(callsTo("sendMessage", "2005")).toEqual([]);
  });

  it("GIVEN Telegram refuses connections THEN grammY's retrying stops when the signal aborts", async () => {
    fake.outage("refuse");
    const controller = new AbortController();
    const sending = sender.sendToMember("2006", { text: "⏰ Time for today's study" }, controller.signal);
    await vi.waitFor(() => expect(fake.refused()).toBeGreaterThan(0));
    controller.abort();
    expect(await sending).toMatchObject({ ok: false, error: "transient" });
    fake.outage(null);
    expect(callsTo("sendMessage", "2006")).toEqual([]);
  });
});

describe.each(testDatabases)("Telegram weekly summary on $name", (testDatabase) => {
  // One database for the file, emptied for each test.
  const database = sharedDatabase(testDatabase);
  let fake: FakeTelegram;
  let handle: DatabaseHandle;
  let core: CoreDeps;
  let scheduler: SchedulerDeps;
  const GROUP_CHAT = "-100777";
  beforeEach(async () => {
    fake = await startFakeTelegram();
    handle = await database.open();
    core = await coreDepsFor(handle.db, []);
    const bot = createBot({ token: TOKEN, apiRoot: fake.url, throttle: NO_SPACING });
    scheduler = schedulerOver(core, [createTelegramSender(bot.api)]);
  });
  afterEach(async () => {
    await fake.close();
    await handle.close();
  });

  async function summaryState() {
    const [row] = await handle.db.select().from(sends).where(eq(sends.kind, "group_summary"));
    return row;
  }

  it("GIVEN a group of 30 THEN the chart, then the text too long for its caption, each within Telegram's limits", async () => {
    const names = await studyGroupOf(core, "telegram", { id: GROUP_CHAT }, 30);
    expect(await runTick(scheduler, GROUP_SUMMARY_DUE)).toMatchObject({ sent: 1, failed: 0, retried: 0 });
    const [photo] = fake.calls.filter((call) => call.method === "sendPhoto");
    expect(photo?.params.caption).toBeUndefined();
    const texts = fake.calls
      .filter((call) => call.method === "sendMessage")
      .map((call) => String(call.params.text));
    expect(texts).toHaveLength(1);
    for (const name of names) expect(texts[0]).toContain(name);
    expect((await summaryState())?.state).toBe("sent");
  });

  it("GIVEN Telegram refuses the chart THEN the summary goes out as text, recorded sent with why", async () => {
    await studyGroupOf(core, "telegram", { id: GROUP_CHAT }, 3);
    fake.failNext("sendPhoto", { status: 400, description: "Bad Request: PHOTO_INVALID_DIMENSIONS" });
    expect(await runTick(scheduler, GROUP_SUMMARY_DUE)).toMatchObject({ sent: 1 });
    const [text] = fake.calls.filter((call) => call.method === "sendMessage");
    expect(String(text?.params.text)).toContain("📊 MLOps study group — week of Mon 23 Nov to Sun 29 Nov");
    expect(await summaryState()).toMatchObject({
      state: "sent",
      detail: "image refused: Bad Request: PHOTO_INVALID_DIMENSIONS",
    });
  });
});
