// Webhook mode: Telegram posts updates to our HTTP server, and only requests with the secret are taken.
// Each is acknowledged at once and handled off the request, in order per chat; failures stay in the bot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../../src/http/server.js";
import { createTelegramAdapter } from "../../../src/platforms/telegram/telegramAdapter.js";
import { BOT, type Call, type FakeChat } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import {
  ANA,
  type CapturedLog,
  captureLog,
  GROUP,
  JOAO,
  NO_SPACING,
  privateChat,
  silentLog,
  startRig,
  type TelegramRig,
  TOKEN,
} from "./support.js";

// The path may hold a secret of its own, so the log must never show it.
const URL_PATH = "/telegram/hook-p4th-s3cret";
const SECRET = "the-right-secret_42";

const repliesTo = (rig: TelegramRig, chatId: number) =>
  rig.fake.calls.filter((call) => call.method === "sendMessage" && Number(call.params.chat_id) === chatId);
const isReplyTo = (chatId: number) => (call: Call) =>
  call.method === "sendMessage" && Number(call.params.chat_id) === chatId;

interface Served {
  http: HttpServer;
  endpoint: string;
  post(update: object, secret?: string): Promise<Response>;
}

async function serveHttp(log = silentLog): Promise<Served> {
  const http = createHttpServer({ port: 0, host: "127.0.0.1", log });
  const endpoint = `http://127.0.0.1:${await http.listen()}${URL_PATH}`;
  return {
    http,
    endpoint,
    post: (update, secret) =>
      fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }),
        },
        body: JSON.stringify(update),
      }),
  };
}

describe.each(testDatabases)("Telegram over a webhook on $name", (database) => {
  let rig: TelegramRig;
  let served: Served;
  // The bot's log and the HTTP server's, as an operator would read them.
  let logs: CapturedLog;
  beforeAll(async () => {
    logs = captureLog();
    served = await serveHttp(logs.log);
    rig = await startRig(database, {
      log: logs.log,
      webhook: () => ({ url: `https://bot.example.org${URL_PATH}`, secret: SECRET, http: served.http }),
    });
  });
  afterAll(async () => {
    await rig.close();
    await served.http.close();
  });

  const post = (update: object, secret?: string) => served.post(update, secret);
  /** Posts a text as `from` in `chat`, expects it acknowledged, and returns the bot's next reply there. */
  async function say(from: typeof ANA, chat: FakeChat, text: string): Promise<string> {
    const before = repliesTo(rig, chat.id).length;
    expect((await post(rig.fake.textUpdate(from, chat, text), SECRET)).status).toBe(200);
    const replies = await rig.fake.waitFor(isReplyTo(chat.id), before + 1);
    return String(replies[before]?.params.text);
  }

  it("GIVEN webhook mode THEN the webhook is registered with the secret, and nothing polls", () => {
    const set = rig.fake.calls.find((call) => call.method === "setWebhook");
    expect(set?.params).toMatchObject({
      url: `https://bot.example.org${URL_PATH}`,
      secret_token: SECRET,
      allowed_updates: ["message", "callback_query", "my_chat_member"],
    });
    expect(rig.fake.calls.map((call) => call.method)).not.toContain("getUpdates");
    expect(rig.adapter.connected()).toBe(true);
  });

  it("GIVEN webhook mode THEN the log names the webhook's origin, never its path", () => {
    expect(logs.text()).toContain("https://bot.example.org");
    expect(logs.text()).not.toContain(URL_PATH);
  });

  it("GIVEN a wrong or missing secret THEN 401, and the update is not run", async () => {
    const update = rig.fake.textUpdate(JOAO, GROUP, "/checkin 2h");
    expect((await post(update, "a-wrong-secret")).status).toBe(401);
    expect((await post(update)).status).toBe(401);
    expect(rig.fake.calls.map((call) => call.method)).not.toContain("sendMessage");
    expect(await rig.checkinsOf(`${GROUP.id}:${update.update_id}`)).toEqual([]);
  });

  it("GIVEN the right secret THEN the update is run and answered", async () => {
    const update = rig.fake.textUpdate(JOAO, GROUP, "/checkin 2h");
    expect((await post(update, SECRET)).status).toBe(200);
    const [reply] = await rig.fake.waitFor((call) => call.method === "sendMessage");
    expect(reply?.params.text).toContain("✅ Registrei 2h.");
    expect(await rig.checkinsOf(`${GROUP.id}:${update.update_id}`)).toEqual([{ minutes: 120, note: null }]);
  });

  it("GIVEN a body that is no update THEN 400, and nothing runs", async () => {
    const response = await fetch(served.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect((await post({ message: "no update_id" }, SECRET)).status).toBe(400);
  });

  it("GIVEN a group where the bot may no longer post THEN 200 (no redelivery), and the failure is logged without the token", async () => {
    rig.fake.failNext("sendMessage", {
      status: 400,
      description: "Bad Request: not enough rights to send text messages to the chat",
    });
    const update = rig.fake.textUpdate(ANA, GROUP, "/checkin 1h");
    expect((await post(update, SECRET)).status).toBe(200);
    await expect.poll(() => logs.text()).toContain("telegram update failed");
    expect(logs.text()).toContain("not enough rights to send text messages");
    expect(logs.text()).not.toContain(TOKEN.split(":")[1]);
    // The check-in was saved before the reply failed, and the bot carries on.
    expect(await rig.checkinsOf(`${GROUP.id}:${update.update_id}`)).toEqual([{ minutes: 60, note: null }]);
    expect(await say(ANA, GROUP, "/help")).toContain("Constância keeps your study group consistent");
  });

  it("GIVEN /constructor@bot and /__proto__@bot in a group, and /start constructor in private THEN ordinary answers", async () => {
    expect(await say(ANA, GROUP, `/constructor@${BOT.username}`)).toBe(
      "I don't know /constructor. Send /help to see what I can do.",
    );
    expect(await say(ANA, GROUP, `/__proto__@${BOT.username}`)).toBe(
      "I don't know /__proto__. Send /help to see what I can do.",
    );
    // A deep link only stands for the commands that move to the private chat; anything else is a /start.
    // A payload that names no such command is ignored: a plain /start, which welcomes a newcomer.
    const started = await say(ANA, privateChat(ANA), "/start constructor");
    expect(started).toMatch(/^👋 Welcome, Ana!/);
    expect(started).not.toContain("constructor");
  });

  it("GIVEN a reply that takes long THEN the POST is acknowledged at once, the reply comes once, after it the chat's next update, and another chat is not held behind them", async () => {
    const ana = privateChat(ANA);
    const joao = privateChat(JOAO);
    const release = rig.fake.hold(isReplyTo(ana.id));
    const before = repliesTo(rig, ana.id).length;
    const first = rig.fake.textUpdate(ANA, ana, "/checkin 1h15");
    const second = rig.fake.textUpdate(ANA, ana, "/checkin 2h");
    // Acknowledged while the first reply is still waiting on Telegram.
    expect((await post(first, SECRET)).status).toBe(200);
    await rig.fake.waitFor(isReplyTo(ana.id), before + 1);
    expect((await post(second, SECRET)).status).toBe(200);
    // Another chat is answered meanwhile; Ana's second update still waits for her first.
    expect(await say(JOAO, joao, "/help")).toContain("Constância");
    expect(repliesTo(rig, ana.id)).toHaveLength(before + 1);

    release();
    const marker = rig.fake.textUpdate(ANA, ana, "/help");
    expect((await post(marker, SECRET)).status).toBe(200);
    const replies = (await rig.fake.waitFor(isReplyTo(ana.id), before + 3)).slice(before);
    expect(replies.map((call) => String(call.params.text).split("\n")[0])).toEqual([
      expect.stringContaining("✅ Logged 1h15."),
      expect.stringContaining("✅ Logged 2h."),
      expect.stringContaining("Constância"),
    ]);
    // Each answered once: nothing else reached Ana's chat before the marker's reply.
    expect(repliesTo(rig, ana.id)).toHaveLength(before + 3);
    expect(await rig.checkinsOf(`${ana.id}:${first.update_id}`)).toEqual([{ minutes: 75, note: null }]);
    expect(await rig.checkinsOf(`${ana.id}:${second.update_id}`)).toEqual([{ minutes: 120, note: null }]);
  });

  it("GIVEN all of the above THEN the token never reached a log, and no request failed in the HTTP server", () => {
    expect(logs.text()).not.toContain(TOKEN.split(":")[1]);
    expect(logs.text()).not.toContain("http handler failed");
    expect(rig.errors).toEqual([]);
  });
});

describe.each(testDatabases)("Telegram over a webhook, stopping, on $name", (database) => {
  it("GIVEN an update in flight THEN a stop refuses new ones (503, Telegram delivers them later) and waits for it", async () => {
    const served = await serveHttp();
    const rig = await startRig(database, {
      webhook: () => ({ url: `https://bot.example.org${URL_PATH}`, secret: SECRET, http: served.http }),
    });
    try {
      const chat = privateChat(ANA);
      const release = rig.fake.hold(isReplyTo(chat.id));
      const update = rig.fake.textUpdate(ANA, chat, "/checkin 3h");
      expect((await served.post(update, SECRET)).status).toBe(200);
      await rig.fake.waitFor(isReplyTo(chat.id));

      let stopped = false;
      const stopping = rig.adapter.stop().then(() => {
        stopped = true;
      });
      expect((await served.post(rig.fake.textUpdate(JOAO, privateChat(JOAO), "/help"), SECRET)).status).toBe(
        503,
      );
      expect(rig.adapter.connected()).toBe(false);
      expect(stopped).toBe(false);
      release();
      await stopping;
      expect(await rig.checkinsOf(`${chat.id}:${update.update_id}`)).toEqual([{ minutes: 180, note: null }]);
      expect(repliesTo(rig, JOAO.id)).toEqual([]);
    } finally {
      await rig.close();
      await served.http.close();
    }
  });
});

describe.each(testDatabases)(
  "Telegram replicas on one webhook without a configured secret, on $name",
  (database) => {
    it("GIVEN two processes with the same token THEN both register the same secret, and each takes the other's updates", async () => {
      const first = await serveHttp();
      const second = await serveHttp();
      const url = `https://bot.example.org${URL_PATH}`;
      const rig = await startRig(database, { webhook: () => ({ url, http: first.http }) });
      const replica = createTelegramAdapter({
        token: TOKEN,
        apiRoot: rig.fake.url,
        deps: rig.deps,
        clock: () => new Date(),
        log: silentLog,
        throttle: NO_SPACING,
        webhook: { url, http: second.http },
      });
      await replica.start();
      try {
        const secrets = rig.fake.calls
          .filter((call) => call.method === "setWebhook")
          .map((call) => String(call.params.secret_token));
        expect(secrets).toHaveLength(2);
        expect(secrets[1]).toBe(secrets[0]);
        const [secret = ""] = secrets;
        // Telegram's rule for a secret, and nothing of the token in it.
        expect(secret).toMatch(/^[A-Za-z0-9_-]{1,256}$/);
        expect(secret).not.toContain(TOKEN.split(":")[1]);

        for (const [replicaHttp, user] of [
          [first, ANA],
          [second, JOAO],
        ] as const) {
          const before = repliesTo(rig, user.id).length;
          const response = await replicaHttp.post(
            rig.fake.textUpdate(user, privateChat(user), "/help"),
            secret,
          );
          expect(response.status).toBe(200);
          await rig.fake.waitFor(isReplyTo(user.id), before + 1);
        }
        expect(
          (await second.post(rig.fake.textUpdate(JOAO, privateChat(JOAO), "/help"), "guess")).status,
        ).toBe(401);
      } finally {
        await replica.stop();
        await rig.close();
        await first.http.close();
        await second.http.close();
      }
    });
  },
);
