// The process's HTTP server: routes registered by path (the Telegram webhook, later health and metrics).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** The smallest logger the server needs; pino satisfies it. */
export interface HttpLogger {
  error(details: object, message: string): void;
}

export interface HttpServer {
  /** Adds a route; the path is matched exactly, without the query string. */
  route(method: string, path: string, handler: RouteHandler): void;
  /** Starts listening; resolves with the port actually bound (useful when asked for port 0). */
  listen(): Promise<number>;
  close(): Promise<void>;
}

export interface HttpServerOptions {
  port: number;
  host?: string;
  log: HttpLogger;
}

export function createHttpServer({ port, host, log }: HttpServerOptions): HttpServer {
  const routes = new Map<string, Map<string, RouteHandler>>();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const byMethod = routes.get(path);
    if (byMethod === undefined) return answer(response, 404, "not found");
    const handler = byMethod.get(request.method ?? "GET");
    if (handler === undefined) {
      response.setHeader("allow", [...byMethod.keys()].join(", "));
      return answer(response, 405, "method not allowed");
    }
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        log.error({ err: error, path }, "http handler failed");
        if (!response.headersSent) answer(response, 500, "internal error");
        else response.end();
      });
  });

  return {
    route(method, path, handler) {
      const byMethod = routes.get(path) ?? new Map<string, RouteHandler>();
      byMethod.set(method.toUpperCase(), handler);
      routes.set(path, byMethod);
    },
    listen() {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would otherwise hold close() open.
        server.closeIdleConnections();
      });
    },
  };
}

function answer(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(`${text}\n`);
}
