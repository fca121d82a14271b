import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpServer, type HttpServer } from "../../src/http/server.js";

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
