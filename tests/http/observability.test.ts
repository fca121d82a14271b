import { afterEach, describe, expect, it } from "vitest";
import { serveHealth } from "../../src/http/health.js";
import { createPrometheusMetrics } from "../../src/http/metrics.js";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";

const silent = { error: () => {} };

describe("/metrics", () => {
  let server: HttpServer;
  let bot: TestBot;
  afterEach(async () => {
    await server.close();
    await bot.close();
  });

  it("counts commands by outcome and check-in minutes, with Node's defaults", async () => {
    const prometheus = createPrometheusMetrics();
    const [pglite] = testDatabases;
    if (pglite === undefined) throw new Error("no database");
    bot = await openBot(pglite);
    bot.deps.metrics = prometheus.metrics;
    await bot.send("/checkin 1h30", { at: "2026-11-28T15:00:00Z" });
    await bot.send("/checkin lots", { at: "2026-11-28T15:00:00Z" });
    await bot.send("/dance", { at: "2026-11-28T15:00:00Z" });
    server = createHttpServer({ port: 0, host: "127.0.0.1", log: silent });
    server.route("GET", "/metrics", (_request, response) => prometheus.serve(response));
    const port = await server.listen();
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('constancia_commands_total{command="checkin",outcome="ok"} 2');
    expect(text).toContain('constancia_commands_total{command="unknown",outcome="unknown"} 1');
    expect(text).toContain("constancia_checkin_minutes_total 90");
    expect(text).toContain("constancia_process_resident_memory_bytes");
  });
});

describe("/healthz", () => {
  let server: HttpServer;
  // The embedded one, started from the migrated dump: quicker than an empty one's initdb.
  const embedded = () => {
    const [pglite] = testDatabases;
    if (pglite === undefined) throw new Error("no database");
    return pglite.open();
  };
  afterEach(() => server.close());

  async function healthOf(database: () => Promise<boolean>, connected: boolean) {
    server = createHttpServer({ port: 0, host: "127.0.0.1", log: silent });
    server.route("GET", "/healthz", (_request, response) =>
      serveHealth({ database, platforms: [{ name: "telegram", connected: () => connected }] }, response),
    );
    const port = await server.listen();
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("GIVEN the database answers and the platform is connected THEN 200", async () => {
    const handle = await embedded();
    expect(await healthOf(() => handle.ping(), true)).toEqual({
      status: 200,
      body: { status: "ok", database: true, platforms: { telegram: true } },
    });
    await handle.close();
  });

  it("GIVEN a disconnected platform or a database that is gone THEN 503", async () => {
    const handle = await embedded();
    expect((await healthOf(() => handle.ping(), false)).status).toBe(503);
    await server.close();
    await handle.close();
    expect(await healthOf(() => handle.ping(), true)).toMatchObject({
      status: 503,
      body: { database: false },
    });
  });
});
