import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Most test time is spent waiting (child processes, fake servers, timers), so more files than cores run at once.
const maxWorkers = Number(process.env.VITEST_MAX_WORKERS) || availableParallelism() + 2;

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/reliability/**"],
    pool: "forks",
    maxWorkers,
    globalSetup: ["tests/support/migratedDump.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll waits for something that will happen; on a loaded machine that can take longer than a second.
    expect: { poll: { timeout: 15_000 } },
  },
});
