// Check-in confirmations a server chose to make public with /setup checkins:public, end to end.
import { ApplicationCommandOptionType } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandDefinitions } from "../../../src/platforms/discord/commandDefinitions.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";
import { APPLICATION_ID } from "../../fakes/discord/fakeDiscord.js";
import { ADMIN_PERMISSIONS, GUILD_ID, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const hours = (value: string) => ({ name: "hours", type: OPTION.string, value });
const setup = (checkins?: "public" | "private") =>
  slashCommand(
    "setup",
    [
      { name: "channel", type: OPTION.channel, value: "500000000000000002" },
      ...(checkins === undefined ? [] : [{ name: "checkins", type: OPTION.string, value: checkins }]),
    ],
    { permissions: ADMIN_PERMISSIONS },
  );

describe("the /setup definition", async () => {
  const definitions = commandDefinitions(await loadRoadmap());

  it("GIVEN /setup THEN an optional checkins choice, public or private, named in both languages", () => {
    const option = definitions.find((c) => c.name === "setup")?.options?.find((o) => o.name === "checkins");
    expect(option).toMatchObject({ required: false, name_localizations: { "pt-BR": "checkins" } });
    const choices = option?.type === ApplicationCommandOptionType.String ? (option.choices ?? []) : [];
    expect(choices).toEqual([
      {
        value: "public",
        name: "Public: everyone in the channel sees them",
        name_localizations: { "pt-BR": "Públicas: todos no canal veem" },
      },
      {
        value: "private",
        name: "Private: only the member who checks in",
        name_localizations: { "pt-BR": "Privadas: só quem faz o check-in" },
      },
    ]);
  });
});

describe.each(testDatabases)("public check-ins on Discord on $name", (database) => {
  // One database for the file, emptied for each test: opening one per test is what took the time.
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function answer(interaction: ReturnType<typeof slashCommand>) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  it("GIVEN /setup checkins:public THEN /checkin confirmations in that server are for everyone; mistakes stay private", async () => {
    await h.startAdapter();
    expect((await answer(slashCommand("checkin", [hours("1h")]))).ephemeral).toBe(true);

    const done = await answer(setup("public"));
    expect(done.ephemeral).toBe(true);
    expect(done.content).toContain("Check-in confirmations are public: everyone here sees them.");
    expect(await h.deps.schedule.groupByChat("discord", GUILD_ID)).toMatchObject({ publicCheckins: true });

    const confirmed = await answer(slashCommand("checkin", [hours("2h")]));
    expect(confirmed).toMatchObject({ type: 4, ephemeral: false });
    expect(confirmed.content).toContain("Logged 2h");
    expect((await answer(slashCommand("checkin", [hours("lots")]))).ephemeral).toBe(true);
    expect((await answer(slashCommand("progress"))).ephemeral).toBe(true);

    // A later /setup without the option keeps the choice; checkins:private takes it back.
    expect((await answer(setup())).content).toContain("Check-in confirmations are public");
    expect((await answer(slashCommand("checkin", [hours("30m")]))).ephemeral).toBe(false);
    expect((await answer(setup("private"))).content).toContain("Check-in confirmations are private");
    expect((await answer(slashCommand("checkin", [hours("30m")]))).ephemeral).toBe(true);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN public check-ins and work slower than the deferral delay THEN the private deferral gives way to a public confirmation", async () => {
    await h.startAdapter({ deferAfterMs: 0 });
    await answer(setup("public"));
    const interaction = slashCommand("checkin", [hours("45m")]);
    const deferred = await answer(interaction);
    // Whether a check-in is public is known once the work is done: the deferral was private.
    expect(deferred).toMatchObject({ type: 5, ephemeral: true });

    const token = `token-${interaction.id}`;
    const original = `/webhooks/${APPLICATION_ID}/${token}/messages/@original`;
    await h.fake.state.until(() =>
      h.fake.state.requests.find((r) => r.method === "DELETE" && r.path === original),
    );
    const publicOnes = h.fake.state.webhookMessages.filter((m) => m.token === token && m.kind === "followUp");
    expect(publicOnes).toEqual([
      { token, kind: "followUp", content: expect.stringContaining("Logged 45min"), flags: 0 },
    ]);
    // The private answer came first, so the follow-up is a message of its own; then it was deleted.
    const order = h.fake.state.requests
      .filter((r) => r.path.startsWith(`/webhooks/${APPLICATION_ID}/${token}`))
      .map((r) => r.method);
    expect(order).toEqual(["PATCH", "POST", "DELETE"]);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN private check-ins and a deferred reply THEN only the private answer, nothing deleted", async () => {
    await h.startAdapter({ deferAfterMs: 0 });
    const interaction = slashCommand("checkin", [hours("45m")]);
    expect(await answer(interaction)).toMatchObject({ type: 5, ephemeral: true });
    const token = `token-${interaction.id}`;
    const calls = h.fake.state.requests.filter((r) =>
      r.path.startsWith(`/webhooks/${APPLICATION_ID}/${token}`),
    );
    expect(calls.map((r) => r.method)).toEqual(["PATCH"]);
  });
});
