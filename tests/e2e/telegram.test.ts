// `constancia start` with a Telegram token: the real entry point against the fake Bot API server.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT, type FakeTelegram, startFakeTelegram } from "../fakes/telegramServer.js";
import { startConstancia } from "../support/entryPoint.js";
import { freePort } from "../support/freePort.js";

const TOKEN = "424242:AAE-a-token-that-must-never-be-printed";

describe("constancia start with TELEGRAM_BOT_TOKEN", () => {
  let fake: FakeTelegram;

  function constancia(env: Record<string, string>) {
    return startConstancia(["start"], {
      DEFAULT_LANGUAGE: "en",
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_URL: fake.url,
      HTTP_PORT: "0",
      ...env,
    });
  }

  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(() => fake.close());

  it("GIVEN a token Telegram refuses THEN exit 1 saying so, without printing it", async () => {
    fake.failNext("getMe", { status: 401, description: "Unauthorized" });
    const run = await constancia({ DATA_DIR: await mkdtemp(join(tmpdir(), "constancia-telegram-")) });
    const code = await run.exited;
    expect(code).toBe(1);
    expect(run.output().stderr).toContain("TELEGRAM_BOT_TOKEN: Telegram refused it (401 Unauthorized)");
    expect(JSON.stringify(run.output())).not.toContain(TOKEN.split(":")[1]);
  }, 120_000);

  it("GIVEN a token THEN it serves Telegram instead of the console, and stops cleanly on SIGTERM", async () => {
    const port = await freePort();
    const { child, exited, output } = constancia({
      DATA_DIR: await mkdtemp(join(tmpdir(), "constancia-telegram-")),
      HTTP_PORT: String(port),
    });

    await fake.waitFor((call) => call.method === "getUpdates");
    const chat = { id: 3001, type: "private" } as const;
    fake.push(fake.textUpdate({ id: 3001, first_name: "Bia", language_code: "en" }, chat, "/start"));
    const [reply] = await fake.waitFor(
      // The scheduler runs too: wait for the answer itself, not just any message to the chat.
      (call) =>
        call.method === "sendMessage" &&
        Number(call.params.chat_id) === chat.id &&
        String(call.params.text).includes("Welcome"),
    );
    expect(reply?.params.text).toContain("👋 Welcome, Bia!");

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", database: true, platforms: { telegram: true } });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('constancia_commands_total{command="start",outcome="ok"} 1');

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const { stdout, stderr } = output();
    expect(stdout).toContain(`Constância is running on Telegram as @${BOT.username} (long polling).`);
    expect(stdout).not.toContain("terminal");
    expect(`${stdout}${stderr}`).not.toContain(TOKEN.split(":")[1]);
  }, 120_000);
});
