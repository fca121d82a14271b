// 2,000 DMs through the Discord adapter as src/main.ts builds it (discord.js REST, which paces itself at
// 50 requests a second) against the fake Discord enforcing the global 50 requests a second.

import type { CoreDeps } from "../../src/core/commands/context.js";
import { createLogger } from "../../src/log.js";
import type { CommandHashStore } from "../../src/platforms/commandHashes.js";
import { createDiscordAdapter } from "../../src/platforms/discord/discordAdapter.js";
import { startFakeDiscord } from "../../tests/fakes/discord/fakeDiscord.js";
import type { Result } from "../harness.js";
import { broadcast, DMS, fanOutResult } from "./broadcast.js";

/** Discord's global limit for a bot; a DM is a request for the DM channel, then one for the message. */
const REQUESTS_PER_SECOND = 50;

/** Commands are registered on every start here; no database needed. */
const noHashes: CommandHashStore = { hashFor: async () => null, saveHash: async () => {} };

export async function benchDiscordFanOut(deps: CoreDeps): Promise<Result> {
  // The per-channel message bucket comes in X-RateLimit-* headers, which discord.js paces itself by; DMs
  // to 2,000 different channels never fill it. The global limit has no headers: discord.js counts itself.
  const fake = await startFakeDiscord({
    rateLimits: { globalPerSecond: REQUESTS_PER_SECOND, channelMessages: { limit: 5, windowSeconds: 5 } },
  });
  const adapter = createDiscordAdapter({
    token: "bench-token.never-printed",
    apiUrl: fake.apiUrl,
    deps,
    hashes: noHashes,
    log: createLogger("silent"),
    clock: () => new Date(),
  });
  try {
    await adapter.start();
    const before = fake.state.requests.length;
    const recipients = Array.from({ length: DMS }, (_, i) => String(700_000_000_000_000_000n + BigInt(i)));
    const result = await broadcast(adapter, recipients);
    const requests = fake.state.requests.slice(before);
    const penalties = requests.filter((r) => r.status === 429).length;
    // What the platform counts: every request made for the DMs, the DM channels' included.
    const perDm = requests.filter((r) => r.status !== 429).length / Math.max(1, result.sent);
    return fanOutResult(
      "Discord",
      `limit ${REQUESTS_PER_SECOND} requests/s, ${perDm.toFixed(1)} requests per DM`,
      result,
      penalties,
      REQUESTS_PER_SECOND / perDm,
    );
  } finally {
    await adapter.stop();
    await fake.close();
  }
}
