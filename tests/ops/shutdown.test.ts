// SIGTERM while a check-in is being handled: the process finishes it — saved and answered — then exits 0.
import { rm } from "node:fs/promises";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { createScratchDatabase } from "../../src/db/scratchDatabase.js";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegramServer.js";
import { SERVER_URL } from "../support/databases.js";
import { migratedDataDir, type Running, startConstancia } from "../support/entryPoint.js";
import { startHoldingProxy } from "../support/holdingProxy.js";

const TOKEN = "424242:AAE-a-token-for-the-shutdown-tests";
const BIA = { id: 8101, first_name: "Bia", language_code: "en" };
const CHAT = { id: 8101, type: "private" } as const;

interface Stage {
  fake: FakeTelegram;
  bot: Running;
}

function startBot(fake: FakeTelegram, database: Record<string, string>): Running {
  return startConstancia(["start"], {
    DEFAULT_LANGUAGE: "en",
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_URL: fake.url,
    HTTP_PORT: "0",
    // Debug: the scheduler reports every tick, the empty ones too.
    LOG_LEVEL: "debug",
    // No tick on the minute: once the start-up tick is done, the only database work is the check-in's.
    CONSTANCIA_TEST_START_TICK_ONLY: "1",
    ...database,
  });
}

/** Long polling is live once a getUpdates is waiting; its successor means the previous one returned. */
async function pollsSoFar(fake: FakeTelegram): Promise<number> {
  await fake.waitFor((call) => call.method === "getUpdates");
  return fake.calls.filter((call) => call.method === "getUpdates").length;
}

/** The start-up tick has claimed what was due and delivered it: the scheduler is idle from now on. */
function startUpTickDone(bot: Running): Promise<void> {
  return bot.printed('"msg":"scheduler tick"');
}

function confirmations(fake: FakeTelegram): string[] {
  return fake.calls
    .filter((call) => call.method === "sendMessage" && Number(call.params.chat_id) === CHAT.id)
    .map((call) => String(call.params.text));
}

async function checkinsWithEvent(url: string, eventId: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql`select minutes from checkins where event_id = ${eventId}`;
    return rows.length;
  } finally {
    await sql.end();
  }
}

describe("SIGTERM with a check-in in flight", () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function stage(database: Record<string, string>): Promise<Stage> {
    const fake = await startFakeTelegram();
    cleanups.push(() => fake.close());
    const bot = startBot(fake, database);
    cleanups.push(async () => {
      if (bot.child.exitCode === null) bot.child.kill("SIGKILL");
    });
    return { fake, bot };
  }

  it("GIVEN the embedded database and a check-in just taken from Telegram THEN it is saved and answered before exit", async () => {
    const dataDir = await migratedDataDir("constancia-shutdown-");
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { fake, bot } = await stage({ DATA_DIR: dataDir });
    const polls = await pollsSoFar(fake);
    await startUpTickDone(bot);

    const update = fake.push(fake.textUpdate(BIA, CHAT, "/checkin 2h"));
    // The next poll starts once the update was handed to the bot: its handler is running now.
    await fake.waitFor((call) => call.method === "getUpdates", polls + 1);
    bot.child.kill("SIGTERM");

    expect(await bot.exited).toBe(0);
    expect(confirmations(fake)).toEqual([expect.stringContaining("✅ Logged 2h.")]);
    // The same update, delivered again to the next process, is recognised: nothing counted twice.
    const again = startBot(fake, { DATA_DIR: dataDir });
    cleanups.push(async () => {
      if (again.child.exitCode === null) again.child.kill("SIGKILL");
    });
    fake.push(update);
    await fake.waitFor((call) => call.method === "sendMessage" && Number(call.params.chat_id) === CHAT.id, 2);
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
    expect(confirmations(fake)[1]).not.toContain("✅ Logged 2h.");
    expect(confirmations(fake)[1]).toBe("That check-in was already counted.");
  }, 120_000);

  it.skipIf(SERVER_URL === null)(
    "GIVEN Postgres frozen mid-check-in when SIGTERM arrives THEN the process waits, saves, answers and exits 0",
    async () => {
      const scratch = await createScratchDatabase(String(SERVER_URL), "constancia_shutdown");
      cleanups.push(() => scratch.drop());
      const target = new URL(scratch.url);
      const proxy = await startHoldingProxy({ host: target.hostname, port: Number(target.port || 5432) });
      cleanups.push(() => proxy.close());
      const viaProxy = new URL(scratch.url);
      viaProxy.host = proxy.address;

      const { fake, bot } = await stage({ DATABASE_URL: viaProxy.toString() });
      await pollsSoFar(fake);
      // So the only query the proxy catches is the check-in's.
      await startUpTickDone(bot);

      proxy.hold();
      const update = fake.push(fake.textUpdate(BIA, CHAT, "/checkin 2h"));
      await proxy.heldTraffic();
      bot.child.kill("SIGTERM");
      // It has taken the signal, and is waiting for the check-in held in the proxy.
      await bot.printed("stopping: no new work");
      expect(bot.child.exitCode, "the process must wait for the check-in").toBeNull();
      proxy.release();

      expect(await bot.exited).toBe(0);
      expect(confirmations(fake)).toEqual([expect.stringContaining("✅ Logged 2h.")]);
      expect(await checkinsWithEvent(scratch.url, `${CHAT.id}:${update.update_id}`)).toBe(1);
    },
    120_000,
  );
});
