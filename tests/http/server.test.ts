// The HTTP server's routing, and where the real entry point lets it listen.
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegramServer.js";
import { migratedDataDir, type Running, startConstancia } from "../support/entryPoint.js";
import { freePort } from "../support/freePort.js";
import { untilHealthy } from "../support/healthz.js";

describe("http server", () => {
  const errors: object[] = [];
  let server: HttpServer;
  let base: string;
  beforeAll(async () => {
    server = createHttpServer({
      port: 0,
      host: "127.0.0.1",
      log: { error: (details) => errors.push(details) },
    });
    server.route("GET", "/hello", (_request, response) => {
      response.end("hi");
    });
    server.route("POST", "/broken", () => {
      throw new Error("boom");
    });
    base = `http://127.0.0.1:${await server.listen()}`;
  });
  afterAll(() => server.close());

  it("GIVEN a registered route THEN its handler answers, query strings aside", async () => {
    const response = await fetch(`${base}/hello?x=1`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("hi");
  });

  it("GIVEN an unknown path or method THEN 404 or 405", async () => {
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    const wrong = await fetch(`${base}/hello`, { method: "POST" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
  });

  it("GIVEN a handler that throws THEN 500, logged", async () => {
    expect((await fetch(`${base}/broken`, { method: "POST" })).status).toBe(500);
    expect(errors).toHaveLength(1);
  });
});

/** This machine's first address that is not loopback: where another host would reach it. */
function outsideAddress(): string | null {
  const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return all.find((a) => a.family === "IPv4" && !a.internal)?.address ?? null;
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe.skipIf(outsideAddress() === null)("constancia start's HTTP server", () => {
  let fake: FakeTelegram;
  const running: Running[] = [];
  beforeAll(async () => {
    fake = await startFakeTelegram();
  });
  afterAll(async () => {
    for (const bot of running) {
      bot.child.kill("SIGTERM");
      await bot.exited;
    }
    await fake.close();
  });

  async function serving(env: Record<string, string>): Promise<number> {
    const port = await freePort();
    const bot = startConstancia(["start"], {
      TELEGRAM_BOT_TOKEN: "424242:AAE-a-token-for-the-listening-tests",
      TELEGRAM_API_URL: fake.url,
      DATA_DIR: await migratedDataDir("constancia-http-"),
      HTTP_PORT: String(port),
      LOG_LEVEL: "warn",
      ...env,
    });
    running.push(bot);
    await untilHealthy(port, () => {
      if (bot.child.exitCode !== null) throw new Error(`exited: ${bot.output().stderr}`);
    });
    return port;
  }

  it("GIVEN no HTTP_HOST THEN it answers on 127.0.0.1, and not on the machine's other addresses", async () => {
    const port = await serving({});
    expect(await reachable("127.0.0.1", port)).toBe(true);
    expect(await reachable(outsideAddress() ?? "", port)).toBe(false);
  }, 120_000);

  it("GIVEN a server told to listen on 0.0.0.0 (HTTP_HOST in a container) THEN the other address reaches it", async () => {
    const server = createHttpServer({ port: 0, host: "0.0.0.0", log: { error: () => {} } });
    try {
      expect(await reachable(outsideAddress() ?? "", await server.listen())).toBe(true);
    } finally {
      await server.close();
    }
  });
});
