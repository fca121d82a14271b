// A fake OpenAI-compatible server on 127.0.0.1 and a random port: it records each chat completion request
// and answers as the test tells it to — a verdict, raw content, any JSON body, an HTTP error, or silence —
// at once or when the test lets it.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ChatMessage {
  role: string;
  content: string;
}

export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  model: string;
  messages: ChatMessage[];
  responseFormat: unknown;
  /** The cap on the reply's tokens the client asked for; undefined when it asked none. */
  maxCompletionTokens: unknown;
  /** How many choices the client asked for; undefined when it asked none (one). */
  n: unknown;
}

export type FakeReply =
  | { kind: "content"; content: string; usage?: { prompt_tokens: number; completion_tokens: number } }
  /** One choice per content, as a server answers a request's `n`. */
  | { kind: "choices"; contents: string[] }
  | { kind: "status"; status: number; body?: object; headers?: Record<string, string> }
  /** A 200 whose body is exactly this, whatever its shape (e.g. `{}`). */
  | { kind: "body"; body: object }
  | { kind: "hang" };

export type Behaviour = (request: RecordedRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** The base URL to give the client (OPENAI_BASE_URL). */
  url: string;
  requests: RecordedRequest[];
  respondWith(behaviour: Behaviour): void;
  close(): Promise<void>;
}

/** A reply with `verdict` as the model's JSON content. */
export function verdictReply(
  verdict: object,
  usage = { prompt_tokens: 812, completion_tokens: 245 },
): FakeReply {
  return { kind: "content", content: JSON.stringify(verdict), usage };
}

const ANSWER_BLOCK = /<<<ANSWER ([0-9a-f]+)>>>\n([\s\S]*)\n<<<END ANSWER \1>>>/;

/**
 * The delimited answer in a request, the nonce of its markers, everything outside the block, and how many
 * blocks were opened (a line holding only the opening marker).
 */
export function answerBlock(
  request: RecordedRequest,
): { nonce: string; answer: string; outside: string; blocks: number } | null {
  const all = request.messages.map((m) => m.content).join("\n");
  const match = ANSWER_BLOCK.exec(all);
  if (match === null) return null;
  const [block = "", nonce = "", answer = ""] = match;
  return {
    nonce,
    answer,
    outside: all.replace(block, ""),
    blocks: all.split("\n").filter((line) => line === `<<<ANSWER ${nonce}>>>`).length,
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => resolve(body));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  let behaviour: Behaviour = () => ({
    kind: "status",
    status: 500,
    body: { error: { message: "no behaviour" } },
  });

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      return;
    }
    const body = JSON.parse(raw) as {
      model: string;
      messages: ChatMessage[];
      response_format?: unknown;
      max_completion_tokens?: unknown;
      n?: unknown;
    };
    const recorded: RecordedRequest = {
      path: req.url,
      authorization: req.headers.authorization,
      model: body.model,
      messages: body.messages,
      responseFormat: body.response_format,
      maxCompletionTokens: body.max_completion_tokens,
      n: body.n,
    };
    requests.push(recorded);
    const reply = await behaviour(recorded);
    switch (reply.kind) {
      case "hang":
        return; // the client's timeout ends it
      case "body":
        send(res, 200, reply.body);
        return;
      case "status":
        send(
          res,
          reply.status,
          reply.body ?? { error: { message: `status ${reply.status}` } },
          reply.headers,
        );
        return;
      case "choices":
        send(res, 200, {
          id: `chatcmpl-${requests.length}`,
          object: "chat.completion",
          created: 1_764_000_000,
          model: body.model,
          choices: reply.contents.map((content, index) => ({
            index,
            finish_reason: "stop",
            message: { role: "assistant", content, refusal: null },
          })),
        });
        return;
      case "content":
        send(res, 200, {
          id: `chatcmpl-${requests.length}`,
          object: "chat.completion",
          created: 1_764_000_000,
          model: body.model,
          choices: [
            {
              index: 0,
              finish_reason: "stop",
              message: { role: "assistant", content: reply.content, refusal: null },
            },
          ],
          usage: reply.usage && {
            ...reply.usage,
            total_tokens: reply.usage.prompt_tokens + reply.usage.completion_tokens,
          },
        });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    respondWith(next) {
      behaviour = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
