// A pass-through in front of the fake Discord's REST API that keeps every request's JSON payload, for what the
// fake does not record itself (the components of an edited reply or a follow-up).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  /** The path after /api/v10, e.g. /webhooks/1/token-2/messages/@original. */
  path: string;
  /** The JSON body, or a multipart request's payload_json; null without one. */
  payload: Record<string, unknown> | null;
}

export interface RestRecorder {
  /** What the adapter's apiUrl is set to. */
  apiUrl: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

async function payloadOf(raw: Buffer, type: string): Promise<Record<string, unknown> | null> {
  if (raw.length === 0) return null;
  if (type.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": type } }).formData();
    const json = form.get("payload_json");
    return typeof json === "string" ? (JSON.parse(json) as Record<string, unknown>) : null;
  }
  return type.startsWith("application/json")
    ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>)
    : null;
}

/** Headers node computes again for the bytes it sends. */
const HOP_BY_HOP = new Set(["host", "connection", "content-length", "transfer-encoding", "content-encoding"]);

export async function startRestRecorder(targetApiUrl: string): Promise<RestRecorder> {
  const target = new URL(targetApiUrl).origin;
  const calls: RecordedCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      try {
        const raw = Buffer.concat(chunks);
        const url = req.url ?? "/";
        calls.push({
          method: req.method ?? "GET",
          path: url.replace(/^\/api\/v\d+/, "").replace(/\?.*$/, ""),
          payload: await payloadOf(raw, req.headers["content-type"] ?? ""),
        });
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === "string" && !HOP_BY_HOP.has(name)) headers.set(name, value);
        }
        const response = await fetch(`${target}${url}`, {
          method: req.method ?? "GET",
          headers,
          ...(raw.length > 0 ? { body: raw } : {}),
        });
        const back: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (!HOP_BY_HOP.has(name)) back[name] = value;
        });
        res.writeHead(response.status, back).end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        res.writeHead(502).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
