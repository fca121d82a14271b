import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    pool: "forks",
    globalSetup: ["tests/support/migratedDump.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
