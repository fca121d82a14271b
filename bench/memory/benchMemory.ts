// Memory: the bot's resident set, idle with both platforms connected to their fakes and 1,000 members
// known, against a bare discord.js client with default caches that saw the same server and traffic.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "../../src/db/client.js";
import { rawRows } from "../../src/db/rawRows.js";
import { createScratchDatabase } from "../../src/db/scratchDatabase.js";
import { startFakeTelegram } from "../../tests/fakes/telegramServer.js";
import { freePort } from "../../tests/support/freePort.js";
import { untilHealthy } from "../../tests/support/healthz.js";
import { type Result, report } from "../harness.js";
import { type CompiledApp, compileApp } from "./compiledApp.js";
import { startMeasured } from "./measuredProcess.js";
import { checkInEveryone, MEMBERS, startStudyGroup } from "./studyGroup.js";

const DISCORD_TOKEN = "MTAw.bench-token-never-shown.abcdefghij";
const TELEGRAM_TOKEN = "123456:BENCH-token-for-the-fake-server";
const MB = 2 ** 20;

async function countRows(database: { url: string } | { dataDir: string }): Promise<number> {
  const handle = await openDatabase(database);
  try {
    const [row] = await rawRows<{ n: number }>(
      handle.db,
      sql`select count(distinct member_id)::int as n from checkins`,
    );
    return Number(row?.n);
  } finally {
    await handle.close();
  }
}

/** The bot through bin/constancia.mjs, with its database: the server's scratch one, or PGlite on disk. */
async function measureBot(app: CompiledApp, serverUrl: string | null): Promise<number> {
  const telegram = await startFakeTelegram();
  const discord = await startStudyGroup();
  const dataDir = await mkdtemp(join(tmpdir(), "constancia-bench-data-"));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, "constancia_bench_memory") : null;
  const port = await freePort();
  const bot = startMeasured(
    app.script("probe"),
    app.entry,
    ["start"],
    {
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
      DATA_DIR: dataDir,
      HTTP_PORT: String(port),
      DEFAULT_LANGUAGE: "en",
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_URL: telegram.url,
      DISCORD_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
    },
    app.dir,
  );
  try {
    await bot.alive(untilHealthy(port), "the bot connecting");
    await checkInEveryone(discord, 100, (handled) =>
      bot.alive(
        discord.state
          .until(() => (discord.state.answers.length >= handled ? true : undefined))
          .then(() => {}),
        "the bot answering /checkin",
      ),
    );
    const { rss } = await bot.measure();
    await bot.stop();
    const recorded = await countRows(scratch ? { url: scratch.url } : { dataDir });
    if (recorded < MEMBERS) throw new Error(`the bot recorded ${recorded} of ${MEMBERS} members' check-ins`);
    return rss;
  } finally {
    await bot.stop();
    await telegram.close();
    await discord.close();
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function measureBareClient(app: CompiledApp): Promise<number> {
  const discord = await startStudyGroup();
  const bare = startMeasured(
    app.script("probe"),
    app.script("bareClient"),
    [],
    { DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl, EXPECTED_INTERACTIONS: String(MEMBERS) },
    app.dir,
  );
  try {
    await bare.line(/^ready$/m, "the bare client connecting");
    await checkInEveryone(discord, MEMBERS, async () => {});
    await bare.line(/^interactions \d+$/m, "the bare client receiving the interactions");
    return (await bare.measure()).rss;
  } finally {
    await bare.stop();
    await discord.close();
  }
}

export async function benchMemory(serverUrl: string | null): Promise<Result> {
  const app = await compileApp();
  try {
    const bot = (await measureBot(app, serverUrl)) / MB;
    const bare = (await measureBareClient(app)) / MB;
    return report({
      name: `resident memory, bot idle with Telegram and Discord connected, ${MEMBERS.toLocaleString("en-US")} members checked in (${serverUrl ? "on the Postgres server" : "on PGlite, in process"})`,
      value: bot,
      baseline: bare,
      baselineLabel: "bare discord.js client",
      unit: "MB",
      goal: "≤ bare discord.js client",
      ratio: bot / bare,
      met: bot <= bare,
    });
  } finally {
    await app.remove();
  }
}
