// /squad on Discord: its action and name options create, join and show a squad, as typed text does elsewhere.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OPTION, slashCommand, type Who } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const ANA: Who = { userId: "600000000000000011", username: "ana" };
const BIA: Who = { userId: "600000000000000012", username: "bia", nick: "Bia do Grupo" };

describe.each(testDatabases)("/squad on Discord on $name", (database) => {
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
  const squad = (who: Who, action?: string, name?: string) =>
    slashCommand(
      "squad",
      [
        ...(action === undefined ? [] : [{ name: "action", type: OPTION.string, value: action }]),
        ...(name === undefined ? [] : [{ name: "name", type: OPTION.string, value: name }]),
      ],
      who,
    );

  it("GIVEN the action and name options THEN the squad is created, joined, and shown with who is done", async () => {
    await h.startAdapter();
    expect((await answer(squad(ANA, "create", "Foco"))).content).toContain("Squad Foco is created");
    expect((await answer(squad(BIA, "join", "foco"))).content).toContain(
      "You're in squad Foco: ana and Bia do Grupo (2 of 5)",
    );
    await answer(slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }], BIA));
    const shown = (await answer(squad(ANA))).content;
    expect(shown).toContain("⏳ ana\n✅ Bia do Grupo — done today");
    expect((await answer(squad(ANA, "create"))).content).toContain("Give the squad's name, e.g.");
    expect(h.errors).toEqual([]);
  });
});
