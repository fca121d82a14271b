// npm run bench: every benchmark on the configured database (DATABASE_URL, else an embedded PGlite).
import { cpus, totalmem } from "node:os";
import { openDatabase } from "../src/db/client.js";
import { createScratchDatabase } from "../src/db/scratchDatabase.js";
import type { SchedulerDeps } from "../src/scheduler/types.js";
import { coreDepsFor } from "../tests/support/coreDeps.js";
import { benchBoardQueries } from "./boardQueries.js";
import { benchCheckinPath } from "./checkinPath.js";
import { benchFanOut } from "./fanOut/benchFanOut.js";
import { markdownTable, type Result } from "./harness.js";
import { benchMemory } from "./memory/benchMemory.js";
import { benchSchedulerTick } from "./schedulerTick.js";

async function main() {
  const url = process.env.DATABASE_URL;
  // On a server the benchmarks fill a scratch database of their own, never the configured one.
  const scratch = url ? await createScratchDatabase(url, "constancia_bench") : null;
  const handle = await openDatabase(scratch ? { url: scratch.url } : { memory: true });
  await handle.migrate();
  const silent = { error: () => {}, info: () => {} };
  // The core as the tests wire it, its logged errors collected and counted at the end.
  const errors: unknown[] = [];
  const core = await coreDepsFor(handle.db, errors);
  const deps: SchedulerDeps = {
    ...core,
    senders: new Map([
      [
        "console",
        {
          platform: "console",
          sendToMember: async () => ({ ok: true }),
          sendToChannel: async () => ({ ok: true }),
        },
      ],
    ]),
    renderChart: () => ({ png: new Uint8Array(), filename: "x.png", alt: "" }),
    instance: "bench",
    log: silent,
  };
  const results: Result[] = [];
  try {
    results.push(await benchCheckinPath(handle, core, scratch?.url ?? null));
    results.push(...(await benchBoardQueries(handle, deps.schedule)));
    results.push(...(await benchSchedulerTick(handle, deps)));
    results.push(...(await benchFanOut(core)));
  } finally {
    await handle.close();
    await scratch?.drop();
  }
  // Alone, so nothing else loads the machine while the processes settle; the bot measured gets a scratch
  // database of its own (or PGlite), not this one.
  results.push(await benchMemory(url ?? null));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${url ? "Postgres server" : "PGlite"}`;
  process.stdout.write(`\n${markdownTable(results, machine)}\n`);
  if (errors.length > 0)
    process.stdout.write(`\n${errors.length} errors logged by the core during the run\n`);
}

await main();
