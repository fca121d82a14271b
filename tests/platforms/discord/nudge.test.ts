// /nudge on Discord: the member picked from Discord's user option gets one DM a day naming who nudged; the
// reply stays with the nudger; a member the bot has not met in the server gets a friendly refusal.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandDefinitions } from "../../../src/platforms/discord/commandDefinitions.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";
import { runTick } from "../../../src/scheduler/runTick.js";
import { OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, NOW, openHarness } from "./harness.js";

const BIA = "600000000000000002";
const member = (id: string) => ({ name: "member", type: OPTION.user, value: id });

describe("the /nudge definition", async () => {
  const definitions = commandDefinitions(await loadRoadmap());

  it("GIVEN /nudge THEN its member is Discord's user picker, named in both languages", () => {
    const option = definitions.find((c) => c.name === "nudge")?.options?.find((o) => o.name === "member");
    expect(option).toMatchObject({ type: OPTION.user, name_localizations: { "pt-BR": "membro" } });
    expect(definitions.find((c) => c.name === "nudge")?.name_localizations).toEqual({ "pt-BR": "cutucar" });
  });
});

describe.each(testDatabases)("/nudge on Discord on $name", (database) => {
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

  it("GIVEN Ana picks Bia THEN Bia gets one DM naming Ana, and a second try that day is refused kindly", async () => {
    const adapter = await h.startAdapter();
    await answer(slashCommand("join", [], { userId: BIA, username: "Bia" }));

    const sent = await answer(slashCommand("nudge", [member(BIA)]));
    expect(sent.ephemeral).toBe(true);
    expect(sent.content).toContain("Nudge on its way: Bia");
    await runTick(h.schedulerWith(adapter), new Date(NOW.getTime() + 60_000));
    const dms = h.fake.state.messages.filter((m) => m.content.includes("gave you a nudge"));
    expect(dms.map((m) => m.content)).toEqual([expect.stringContaining("👋 Ana gave you a nudge")]);

    expect((await answer(slashCommand("nudge", [member(BIA)]))).content).toContain(
      "You already nudged Bia today",
    );
    await runTick(h.schedulerWith(adapter), new Date(NOW.getTime() + 2 * 60_000));
    expect(h.fake.state.messages.filter((m) => m.content.includes("gave you a nudge"))).toHaveLength(1);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a member the bot never met in the server THEN a friendly refusal, and no DM", async () => {
    const adapter = await h.startAdapter();
    expect((await answer(slashCommand("nudge", [member("600000000000000099")]))).content).toContain(
      "They haven't used the bot in this group yet",
    );
    expect((await answer(slashCommand("nudge", []))).content).toContain("Who should I nudge?");
    await runTick(h.schedulerWith(adapter), new Date(NOW.getTime() + 60_000));
    expect(h.fake.state.messages).toEqual([]);
  });
});
