// When the bot is added to a server, it says what it does and how to start, once, in the server's language.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GUILD } from "../../fakes/discord/fakeDiscord.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const joined = (overrides: Record<string, unknown>) => ({
  ...GUILD,
  id: "400000000000000777",
  name: "Turma de MLOps",
  channels: [
    { id: "500000000000000771", type: 2, name: "voz", guild_id: "400000000000000777", position: 0 },
    { id: "500000000000000772", type: 0, name: "geral", guild_id: "400000000000000777", position: 1 },
    { id: "500000000000000773", type: 0, name: "avisos", guild_id: "400000000000000777", position: 2 },
  ],
  ...overrides,
});

describe.each(testDatabases)("the welcome to a new server on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  it("GIVEN a Portuguese server with a system channel THEN the steps to start are posted there, in Portuguese", async () => {
    await h.startAdapter();
    await h.fake.dispatch(
      "GUILD_CREATE",
      joined({ preferred_locale: "pt-BR", system_channel_id: "500000000000000773" }),
    );
    const posted = await h.fake.state.until(() =>
      h.fake.state.messages.find((m) => m.content.includes("Oi!")),
    );
    expect(posted.channelId).toBe("500000000000000773");
    expect(posted.content).toContain(`1. Alguém da administração usa ${h.mention("setup")}`);
    expect(posted.content).toContain(`${h.mention("checkin")} \`horas:2h\``);
  });

  it("GIVEN an English server without a system channel THEN the first text channel, in English; the servers of the start get nothing", async () => {
    await h.startAdapter();
    await h.fake.dispatch("GUILD_CREATE", joined({ preferred_locale: "en-US", system_channel_id: null }));
    const posted = await h.fake.state.until(() =>
      h.fake.state.messages.find((m) => m.content.includes("Hi!")),
    );
    expect(posted.channelId).toBe("500000000000000772");
    expect(posted.content).toContain(`1. An admin runs ${h.mention("setup")}`);
    expect(
      h.fake.state.messages.filter((m) => m.content.includes("Hi!") || m.content.includes("Oi!")),
    ).toHaveLength(1);
  });
});
