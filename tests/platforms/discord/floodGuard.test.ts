// A member flooding slash commands gets one notice, then no answer at all, until their bucket refills; a
// check-in is always answered. The adapter's clock stands still, so no token comes back during the test.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFloodGuard } from "../../../src/core/limits/floodGuard.js";
import { APPLICATION_ID } from "../../fakes/discord/fakeDiscord.js";
import { OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

describe.each(testDatabases)("flooding slash commands on $name", (database) => {
  // One database for the file, emptied for each test: opening one per test is what took the time.
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
    // A small burst keeps the test short; the arithmetic is the same.
    h.deps.floodGuard = createFloodGuard({
      member: { burst: 2, refillMs: 3_000 },
      chat: { burst: 20, refillMs: 1_000 },
    });
  });
  afterEach(() => h.close());

  async function answer(interaction: ReturnType<typeof slashCommand>) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }
  const checkin = () => slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }]);

  it("GIVEN a burst past the rate THEN one ephemeral notice, then no answer; a check-in is told it was not recorded", async () => {
    await h.startAdapter();
    for (let i = 0; i < 2; i++) expect((await answer(slashCommand("progress"))).text).toContain("This week");
    const notice = await answer(slashCommand("progress"));
    expect(notice).toMatchObject({ type: 4, ephemeral: true });
    expect(notice.content).toContain("Easy there");

    const dropped = slashCommand("progress");
    await h.fake.dispatch("INTERACTION_CREATE", dropped);
    const refused = await answer(checkin());
    expect(refused.content).toContain(
      `Not recorded: too many commands at once. Send ${h.mention("checkin")} again in 3 seconds.`,
    );
    expect(h.fake.state.answers.filter((a) => a.interactionId === dropped.id)).toEqual([]);
    expect(h.errors).toEqual([]);
  }, 90_000);

  it("GIVEN an answer deferred before the guard refused THEN the deferral is taken back", async () => {
    await h.startAdapter({ deferAfterMs: 0 });
    for (let i = 0; i < 3; i++) await answer(slashCommand("progress"));
    const dropped = slashCommand("progress");
    await h.fake.dispatch("INTERACTION_CREATE", dropped);
    const deferral = await h.fake.state.until(() =>
      h.fake.state.answers.find((a) => a.interactionId === dropped.id),
    );
    expect(deferral.type).toBe(5);
    const original = `/webhooks/${APPLICATION_ID}/token-${dropped.id}/messages/@original`;
    await h.fake.state.until(() =>
      h.fake.state.requests.find((r) => r.method === "DELETE" && r.path === original),
    );
    expect(h.fake.state.webhookMessages.filter((m) => m.token === `token-${dropped.id}`)).toEqual([]);
  }, 90_000);
});
