// 2,000 DMs through the Telegram adapter as src/main.ts builds it (grammY with the throttler as the bot sets it,
// and auto-retry) against the fake Bot API enforcing Telegram's 30 messages a second.

import type { CoreDeps } from "../../src/core/commands/context.js";
import { createLogger } from "../../src/log.js";
import { createTelegramAdapter } from "../../src/platforms/telegram/telegramAdapter.js";
import { startFakeTelegram } from "../../tests/fakes/telegramServer.js";
import type { Result } from "../harness.js";
import { broadcast, DMS, fanOutResult } from "./broadcast.js";

/** Telegram's limit on a bot's messages, overall. */
const MESSAGES_PER_SECOND = 30;

export async function benchTelegramFanOut(deps: CoreDeps): Promise<Result> {
  const fake = await startFakeTelegram({ messagesPerSecond: MESSAGES_PER_SECOND });
  // Not started: sending needs no polling, and the sender is the one the scheduler gets either way.
  const adapter = createTelegramAdapter({
    token: "123456:BENCH-token-for-the-fake-server",
    apiRoot: fake.url,
    deps,
    clock: () => new Date(),
    log: createLogger("silent"),
  });
  try {
    // A private chat's id is the user's id.
    const recipients = Array.from({ length: DMS }, (_, i) => String(1_000_000 + i));
    const result = await broadcast(adapter, recipients);
    return fanOutResult(
      "Telegram",
      `limit ${MESSAGES_PER_SECOND} messages/s`,
      result,
      fake.rateLimited(),
      MESSAGES_PER_SECOND,
    );
  } finally {
    await adapter.stop();
    await fake.close();
  }
}
