// `npm start` with a Discord token: the real entry point serves the fake Discord until it is stopped.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startFakeDiscord } from "../fakes/discord/fakeDiscord.js";
import { OPTION, slashCommand } from "../fakes/discord/interactions.js";
import { startConstancia } from "../support/entryPoint.js";

const TOKEN = "MTAw.e2e-token-never-shown.abcdefghij";

describe("constancia start with DISCORD_TOKEN", () => {
  it("GIVEN the token and the API URL THEN it registers the commands, answers, and stops on SIGTERM", async () => {
    const fake = await startFakeDiscord();
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-discord-"));
    const { child, exited, output } = startConstancia(["start"], {
      HTTP_PORT: "0",
      DATA_DIR: dataDir,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: "debug",
    });
    try {
      await fake.state.until(() => fake.state.commandRegistrations[0]);
      const interaction = slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "2h" }]);
      await fake.dispatch("INTERACTION_CREATE", interaction);
      expect((await fake.answerTo(interaction.id)).content).toContain("Logged 2h");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    const { stdout, stderr } = output();
    expect(`${stdout}${stderr}`).toContain("serving");
    expect(`${stdout}${stderr}`).not.toContain(TOKEN);
    await fake.close();
  }, 60_000);
});
