// What the Discord adapter logs when Discord refuses a reply: which call failed and how, never the reply's
// text or the interaction's token (the real discord.js client against the fake Discord).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness, TOKEN } from "./harness.js";

const NOTE = "Marker-note-from-a-member";

describe.each(testDatabases)("Discord failure logs on $name", (database) => {
  // One database for the file, emptied for each test: opening one per test is what took the time.
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  it("GIVEN Discord answers a reply with 400 THEN the log has code, status, method and route, no token and no member text", async () => {
    await h.startAdapter();
    h.fake.failOnce({
      method: "POST",
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 400,
      body: {
        code: 50035,
        message: "Invalid Form Body",
        errors: { data: { content: { _errors: [{ code: "BASE_TYPE_BAD", message: `"${NOTE}" refused` }] } } },
      },
    });
    const interaction = slashCommand("checkin", [
      { name: "hours", type: OPTION.string, value: "3h" },
      { name: "note", type: OPTION.string, value: NOTE },
    ]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    // The member still hears back: the apology goes out after the refused reply.
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.content).not.toContain(NOTE);

    const logs = h.logs.join("");
    expect(logs).not.toContain(interaction.token);
    expect(logs).not.toContain(NOTE);
    expect(logs).not.toContain(TOKEN);
    const line = h.logs
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.msg === "discord interaction failed");
    expect(line).toMatchObject({
      interaction: interaction.id,
      discord: {
        code: 50035,
        status: 400,
        method: "POST",
        route: `/interactions/${interaction.id}/:token/callback`,
      },
    });
  });
});
