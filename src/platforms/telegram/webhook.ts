// Webhook mode: Telegram posts updates to our HTTP server, each carrying the secret token we registered.
// An update is acknowledged as soon as it is taken and handled afterwards: grammY's own callback answers
// only once the update is handled, and a judge that takes a minute would become a timeout and a redelivery.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { HttpServer } from "../../http/server.js";

export interface WebhookOptions {
  /** The public URL Telegram posts to; its path is the route served. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; derived from the token when not given. */
  secret?: string;
  http: HttpServer;
}

/** What the bot does with a posted update; false when it takes none now (starting or stopping). */
export interface UpdateTaker {
  ready(): boolean;
  take(update: Update): void;
}

/** An update is a few kilobytes; anything far larger is no update from Telegram. */
const MAX_BODY_BYTES = 1 << 20;

/**
 * The secret for a bot without TELEGRAM_WEBHOOK_SECRET: the same in every process that has the token (so
 * replicas accept each other's registration), unguessable without it, and of Telegram's 1–256 [A-Za-z0-9_-].
 */
export function webhookSecretFor(token: string): string {
  return createHmac("sha256", token).update("constancia telegram webhook secret").digest("hex");
}

/** Compares digests, so neither the secret's length nor its first differing byte shows in the timing. */
function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string") return false;
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(header), digest(secret));
}

async function readUpdate(request: IncomingMessage): Promise<Update | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  try {
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const isUpdate =
      typeof body === "object" && body !== null && "update_id" in body && Number.isInteger(body.update_id);
    return isUpdate ? (body as Update) : null;
  } catch {
    return null;
  }
}

function answer(response: ServerResponse, status: number): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end();
}

/** Serves the webhook's path: 401 without the secret, 503 while the bot takes nothing, else 200 at once. */
export function routeWebhook(http: HttpServer, url: string, secret: string, bot: UpdateTaker): void {
  http.route("POST", new URL(url).pathname, async (request, response) => {
    if (!secretMatches(request.headers["x-telegram-bot-api-secret-token"], secret)) {
      return answer(response, 401);
    }
    const update = await readUpdate(request).catch(() => null);
    if (update === null) return answer(response, 400);
    // Telegram posts it again later, to this process or another one.
    if (!bot.ready()) return answer(response, 503);
    answer(response, 200);
    bot.take(update);
  });
}
