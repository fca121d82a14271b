// `constancia start` while Telegram is unreachable: the process runs, /healthz says 503 until Telegram
// answers, then the bot serves — and the token is never printed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT, type FakeTelegram, startFakeTelegram } from "../../fakes/telegramServer.js";
import { migratedDataDir, type Running, startConstancia } from "../../support/entryPoint.js";
import { freePort } from "../../support/freePort.js";
import { untilHealthy } from "../../support/healthz.js";

const TOKEN = "434343:AAE-a-token-for-the-unreachable-start";

/** The first answer of /healthz, once the process says it listens. */
async function firstHealth(running: Running, port: number): Promise<{ status: number; body: unknown }> {
  await running.printed("http: listening");
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: await response.json() };
}

describe("constancia start with Telegram unreachable", () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(() => fake.close());

  it("GIVEN Telegram down at start THEN /healthz is 503 meanwhile, and once Telegram is back it is 200 and the bot answers", async () => {
    fake.goDown();
    const port = await freePort();
    const running = startConstancia(["start"], {
      DEFAULT_LANGUAGE: "en",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_URL: fake.url,
      HTTP_PORT: String(port),
      DATA_DIR: await migratedDataDir("constancia-unreachable-"),
    });
    const { child, exited, output } = running;
    const alive = () => {
      if (child.exitCode !== null) throw new Error(output().stderr);
    };
    try {
      const meanwhile = await firstHealth(running, port);
      expect(meanwhile.status).toBe(503);
      expect(meanwhile.body).toMatchObject({ status: "unavailable", platforms: { telegram: false } });
      // The process did not wait for Telegram to start, nor exit.
      await running.printed("not reachable at start");

      fake.comeUp();
      expect(await untilHealthy(port, alive)).toEqual({
        status: "ok",
        database: true,
        platforms: { telegram: true },
      });
      const chat = { id: 3101, type: "private" } as const;
      fake.push(fake.textUpdate({ id: 3101, first_name: "Bia", language_code: "en" }, chat, "/start"));
      const [reply] = await fake.waitFor(
        (call) =>
          call.method === "sendMessage" &&
          Number(call.params.chat_id) === chat.id &&
          String(call.params.text).includes("Welcome"),
      );
      expect(reply?.params.text).toContain("👋 Welcome, Bia!");
    } finally {
      fake.comeUp();
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    const { stdout, stderr } = output();
    expect(stdout).toContain(`Constância is running on Telegram as @${BOT.username} (long polling).`);
    expect(`${stdout}${stderr}`).not.toContain(TOKEN.split(":")[1]);
  }, 120_000);
});
