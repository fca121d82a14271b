// Two bot processes on one Postgres, as the compose "replicas" profile runs them: Telegram on a shared
// webhook, Discord split into shards, one scheduler's worth of sends whatever the number of processes.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatch } from "../../src/core/dispatch.js";
import { openDatabase } from "../../src/db/client.js";
import { rawRows } from "../../src/db/rawRows.js";
import { createScratchDatabase } from "../../src/db/scratchDatabase.js";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord/fakeDiscord.js";
import { OPTION, slashCommand } from "../fakes/discord/interactions.js";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegramServer.js";
import { coreDepsFor } from "../support/coreDeps.js";
import { SERVER_URL } from "../support/databases.js";
import { type Running, startConstancia } from "../support/entryPoint.js";
import { freePort } from "../support/freePort.js";
import { untilHealthy } from "../support/healthz.js";

const TELEGRAM_TOKEN = "515151:AAE-a-token-shared-by-both-replicas";
const DISCORD_TOKEN = "MTAw.replicas-token-never-shown.abcdefghij";
const WEBHOOK_PATH = "/telegram/webhook";
const SECRET = "one-secret-for-every-replica";
/** Members whose morning nudge is due when the processes start. */
const DUE = Array.from({ length: 12 }, (_, i) => 9_100 + i);

interface Replica {
  running: Running;
  port: number;
}

describe.skipIf(SERVER_URL === null)("two bot processes on one Postgres", () => {
  let scratch: { url: string; drop(): Promise<void> };
  let telegram: FakeTelegram;
  let discord: FakeDiscord;
  const replicas: Replica[] = [];

  async function seedDueMembers(url: string): Promise<void> {
    const handle = await openDatabase({ url });
    try {
      await handle.migrate();
      const deps = await coreDepsFor(handle.db, []);
      for (const id of DUE) {
        const user = { id: String(id), displayName: `Member ${id}`, locale: "en" };
        const chat = { id: String(id), kind: "private" as const };
        await dispatch(
          deps,
          { platform: "telegram", eventId: `seed-${id}`, user, chat, text: "/start" },
          new Date(),
        );
      }
      await handle.db.execute(sql`update members set next_morning_at = now() - interval '1 minute'`);
    } finally {
      await handle.close();
    }
  }

  function startReplica(port: number, shard: number): Replica {
    const running = startConstancia(["start"], {
      DATABASE_URL: scratch.url,
      DEFAULT_LANGUAGE: "en",
      // Debug: the scheduler reports every tick, the empty ones too.
      LOG_LEVEL: "debug",
      // The start-up tick only: when both have reported it, no other send can come.
      CONSTANCIA_TEST_START_TICK_ONLY: "1",
      HTTP_PORT: String(port),
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_URL: telegram.url,
      TELEGRAM_WEBHOOK_URL: `https://bot.example.org${WEBHOOK_PATH}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      DISCORD_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_SHARD_IDS: String(shard),
      DISCORD_SHARD_COUNT: "2",
    });
    return { running, port };
  }

  const healthy = (replica: Replica) =>
    untilHealthy(replica.port, () => {
      if (replica.running.child.exitCode !== null) throw new Error(replica.running.output().stderr);
    });

  const postUpdate = (replica: Replica, update: object) =>
    fetch(`http://127.0.0.1:${replica.port}${WEBHOOK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });

  beforeAll(async () => {
    scratch = await createScratchDatabase(String(SERVER_URL), "constancia_replicas");
    await seedDueMembers(scratch.url);
    telegram = await startFakeTelegram();
    discord = await startFakeDiscord();
    const [a, b] = [await freePort(), await freePort()];
    // Started together: both run migrations, register commands and tick at once.
    replicas.push(startReplica(a, 0), startReplica(b, 1));
  }, 60_000);

  afterAll(async () => {
    for (const { running } of replicas) if (running.child.exitCode === null) running.child.kill("SIGKILL");
    await telegram?.close();
    await discord?.close();
    await scratch?.drop();
  });

  it("GIVEN two processes THEN each answers its own /healthz, and Discord's shards are split between them", async () => {
    for (const replica of replicas) {
      expect(await healthy(replica)).toEqual({
        status: "ok",
        database: true,
        platforms: { telegram: true, discord: true },
      });
    }
    expect(discord.state.identifiedShards.toSorted()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  }, 60_000);

  it("GIVEN nudges due when both start THEN each member gets exactly one", async () => {
    const toDue = (call: { method: string; params: Record<string, unknown> }) =>
      call.method === "sendMessage" && DUE.includes(Number(call.params.chat_id));
    await telegram.waitFor(toDue, DUE.length);
    // A duplicate would be sent before its tick's report: wait for both processes' reports.
    for (const { running } of replicas) await running.printed('"msg":"scheduler tick"');
    const chats = telegram.calls.filter(toDue).map((call) => Number(call.params.chat_id));
    expect(chats.toSorted()).toEqual(DUE);
  }, 60_000);

  it("GIVEN one Telegram update delivered to both processes THEN it is counted once", async () => {
    const update = telegram.textUpdate(
      { id: 9_200, first_name: "Rui", language_code: "en" },
      { id: 9_200, type: "private" },
      "/checkin 90m",
    );
    const [first, second] = replicas;
    if (first === undefined || second === undefined) throw new Error("two replicas expected");
    expect((await postUpdate(first, update)).status).toBe(200);
    expect((await postUpdate(second, update)).status).toBe(200);
    // Each process acknowledges at once and handles the update afterwards, so either may count it.
    const replies = (
      await telegram.waitFor(
        (call) => call.method === "sendMessage" && Number(call.params.chat_id) === 9_200,
        2,
      )
    ).map((call) => String(call.params.text));
    expect(replies).toEqual(
      expect.arrayContaining([
        expect.stringContaining("✅ Logged 1h30."),
        "That check-in was already counted.",
      ]),
    );
    const rows = await (async () => {
      const handle = await openDatabase({ url: scratch.url });
      try {
        return await rawRows<{ minutes: number }>(
          handle.db,
          sql`select minutes from checkins where event_id = ${`9200:${update.update_id}`}`,
        );
      } finally {
        await handle.close();
      }
    })();
    expect(rows).toEqual([{ minutes: 90 }]);
  }, 60_000);

  it("GIVEN a Discord interaction THEN the process holding its shard answers it", async () => {
    const interaction = slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }]);
    await discord.dispatch("INTERACTION_CREATE", interaction);
    expect((await discord.answerTo(interaction.id)).content).toContain("Logged 1h");
  }, 60_000);

  it("GIVEN SIGTERM to both THEN both stop cleanly", async () => {
    for (const { running } of replicas) running.child.kill("SIGTERM");
    for (const { running } of replicas) expect(await running.exited).toBe(0);
  }, 30_000);
});
