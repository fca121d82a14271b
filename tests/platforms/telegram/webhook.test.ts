// Webhook mode: Telegram posts updates to our HTTP server, and only requests with the secret are taken.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../../src/http/server.js";
import { testDatabases } from "../../support/databases.js";
import { GROUP, JOAO, silentLog, startRig, type TelegramRig } from "./support.js";

const URL_PATH = "/telegram/webhook";
const SECRET = "the-right-secret_42";

describe.each(testDatabases)("Telegram over a webhook on $name", (database) => {
  let rig: TelegramRig;
  let http: HttpServer;
  let endpoint: string;
  beforeAll(async () => {
    http = createHttpServer({ port: 0, host: "127.0.0.1", log: silentLog });
    const port = await http.listen();
    endpoint = `http://127.0.0.1:${port}${URL_PATH}`;
    rig = await startRig(database, () => ({
      url: `https://bot.example.org${URL_PATH}`,
      secret: SECRET,
      http,
    }));
  });
  afterAll(async () => {
    await rig.close();
    await http.close();
  });

  const post = (update: object, secret?: string) =>
    fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(secret === undefined ? {} : { "x-telegram-bot-api-secret-token": secret }),
      },
      body: JSON.stringify(update),
    });

  it("GIVEN webhook mode THEN the webhook is registered with the secret, and nothing polls", () => {
    const set = rig.fake.calls.find((call) => call.method === "setWebhook");
    expect(set?.params).toMatchObject({
      url: `https://bot.example.org${URL_PATH}`,
      secret_token: SECRET,
      allowed_updates: ["message"],
    });
    expect(rig.fake.calls.map((call) => call.method)).not.toContain("getUpdates");
    expect(rig.adapter.connected()).toBe(true);
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
});
