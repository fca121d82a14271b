// `npm start` with a Discord token: the real entry point serves the fake Discord until it is stopped.
import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startFakeDiscord } from "../fakes/discord/fakeDiscord.js";
import { OPTION, slashCommand } from "../fakes/discord/interactions.js";

const ENTRY = new URL("../../bin/constancia.mjs", import.meta.url).pathname;
const TOKEN = "MTAw.e2e-token-never-shown.abcdefghij";

describe("constancia start with DISCORD_TOKEN", () => {
  it("GIVEN the token and the API URL THEN it registers the commands, answers, and stops on SIGTERM", async () => {
    const fake = await startFakeDiscord();
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-discord-"));
    const child = spawn(process.execPath, [ENTRY, "start"], {
      env: {
        HTTP_PORT: "0",
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "/tmp",
        DATA_DIR: dataDir,
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: "debug",
      },
      cwd: tmpdir(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      await fake.state.until(() => fake.state.commandRegistrations[0]);
      const interaction = slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "2h" }]);
      await fake.dispatch("INTERACTION_CREATE", interaction);
      expect((await fake.answerTo(interaction.id)).content).toContain("Logged 2h");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(output).toContain("serving");
    expect(output).not.toContain(TOKEN);
    await fake.close();
  }, 60_000);
});
