// Telegram unreachable at start or while polling: the bot starts anyway, says it is not connected, serves
// once Telegram is back, and never prints the token (a network error's cause names the URL with it).
import { format } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHttpServer } from "../../../src/http/server.js";
import { type FakeTelegram, startFakeTelegram } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, captureLog, privateChat, silentLog, startRig, type TelegramRig, TOKEN } from "./support.js";

const SECRET = "the-right-secret_42";
const tokenSecret = TOKEN.split(":")[1] ?? TOKEN;

describe.each(testDatabases)("Telegram unreachable, on $name", (database) => {
  let rig: TelegramRig | null = null;
  let fake: FakeTelegram;
  afterEach(async () => {
    vi.restoreAllMocks();
    await rig?.close();
    rig = null;
  });

  it("GIVEN Telegram down at start THEN the start returns, not connected, and the bot serves once Telegram is back", async () => {
    fake = await startFakeTelegram();
    fake.goDown();
    const logs = captureLog();
    rig = await startRig(database, { fake, log: logs.log });
    expect(rig.adapter.connected()).toBe(false);
    expect(logs.text()).toContain("not reachable at start");

    fake.comeUp();
    await rig.adapter.whenConnected();
    expect(rig.adapter.connected()).toBe(true);
    expect(rig.fake.calls.map((call) => call.method)).toEqual(
      expect.arrayContaining(["getMe", "setMyCommands", "deleteWebhook"]),
    );
    expect((await rig.say(ANA, privateChat(ANA), "/help")).text).toContain("Constância");
    expect(logs.text()).not.toContain(tokenSecret);
  });

  it("GIVEN Telegram down at start in webhook mode THEN posted updates get 503 (Telegram posts them again), until the webhook is set", async () => {
    fake = await startFakeTelegram();
    fake.goDown();
    const http = createHttpServer({ port: 0, host: "127.0.0.1", log: silentLog });
    const endpoint = `http://127.0.0.1:${await http.listen()}/telegram`;
    const post = (update: object) =>
      fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(update),
      });
    try {
      rig = await startRig(database, {
        fake,
        webhook: () => ({ url: "https://bot.example.org/telegram", secret: SECRET, http }),
      });
      const chat = privateChat(ANA);
      expect(rig.adapter.connected()).toBe(false);
      expect((await post(fake.textUpdate(ANA, chat, "/help"))).status).toBe(503);

      fake.comeUp();
      await rig.adapter.whenConnected();
      expect(rig.adapter.connected()).toBe(true);
      expect((await post(fake.textUpdate(ANA, chat, "/help"))).status).toBe(200);
      const [reply] = await fake.waitFor(
        (call) => call.method === "sendMessage" && Number(call.params.chat_id) === chat.id,
      );
      expect(String(reply?.params.text)).toContain("Constância");
    } finally {
      await rig?.close();
      rig = null;
      await http.close();
    }
  });

  it("GIVEN Telegram goes down while polling THEN not connected meanwhile, the token never printed, and polling resumes", async () => {
    // What grammY's runner would print, as the terminal would show it.
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => printed.push(format(...args)));
    const logs = captureLog();
    rig = await startRig(database, { log: logs.log });
    const { adapter, fake: telegram } = rig;
    await telegram.waitFor((call) => call.method === "getUpdates");
    expect(adapter.connected()).toBe(true);

    telegram.goDown();
    await expect.poll(() => adapter.connected(), { timeout: 10_000 }).toBe(false);
    telegram.comeUp();
    await expect.poll(() => adapter.connected(), { timeout: 10_000 }).toBe(true);
    expect((await rig.say(ANA, privateChat(ANA), "/help")).text).toContain("Constância");

    expect(logs.text()).toContain("getUpdates failed");
    expect(logs.text()).not.toContain(tokenSecret);
    expect(printed.join("\n")).not.toContain(tokenSecret);
  });

  it("GIVEN a token Telegram refuses (401) THEN the start fails with it, as a configuration error to fix", async () => {
    fake = await startFakeTelegram();
    fake.failNext("getMe", { status: 401, description: "Unauthorized" });
    await expect(startRig(database, { fake })).rejects.toMatchObject({ error_code: 401 });
    await fake.close();
  });
});
