// Webhook mode: Telegram posts updates to our HTTP server, each carrying the secret token we registered.
import { randomBytes } from "node:crypto";
import { type Bot, webhookCallback } from "grammy";
import type { HttpServer } from "../../http/server.js";
import { ALLOWED_UPDATES } from "./updates.js";

export interface WebhookOptions {
  /** The public URL Telegram posts to; its path is the route served. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it are refused. */
  secret: string;
  http: HttpServer;
}

/** A secret Telegram accepts (1–256 of A–Z, a–z, 0–9, _ and -), for when none is configured. */
export function generateWebhookSecret(): string {
  return randomBytes(32).toString("hex");
}

export async function serveWebhook(bot: Bot, { url, secret, http }: WebhookOptions): Promise<void> {
  http.route("POST", new URL(url).pathname, webhookCallback(bot, "http", { secretToken: secret }));
  await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
}
