// Confirmations as buttons on Discord: /forget's danger button beside Cancel, and Undo under a check-in —
// each acting only for the member whose reply it is under.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buttonClick, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const ANA = "600000000000000001";
const BIA = { userId: "600000000000000002", username: "bia" };
const inDm = { guildId: null };
const hours = (value: string) => [{ name: "hours", type: OPTION.string, value }];

type Row = { components: Array<{ custom_id: string; label: string; style: number }> };

describe.each(testDatabases)("confirmation buttons on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function answer(interaction: { id: string }) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }
  const buttonsOf = (data: Record<string, unknown>) =>
    ((data.components as Row[] | undefined) ?? []).flatMap((row) => row.components);

  it("GIVEN /forget THEN a danger button and Cancel; Cancel keeps everything, the button deletes it", async () => {
    await h.startAdapter();
    await answer(slashCommand("checkin", hours("2h"), inDm));
    const asked = await answer(slashCommand("forget", [], inDm));
    expect(buttonsOf(asked.data)).toEqual([
      expect.objectContaining({
        custom_id: `run:${ANA}:/forget yes`,
        label: "🗑️ Delete everything",
        style: 4,
      }),
      expect.objectContaining({ custom_id: `run:${ANA}:-`, label: "Cancel", style: 2 }),
    ]);

    const cancelled = await answer(buttonClick(`run:${ANA}:-`, inDm));
    expect(cancelled.type).toBe(7);
    expect(cancelled.content).toBe("Cancelled: nothing was changed.");
    expect((await answer(slashCommand("progress", [], inDm))).text).toContain("2h");

    const deleted = await answer(buttonClick(`run:${ANA}:/forget yes`, inDm));
    expect(deleted.type).toBe(6);
    expect(deleted.content).toContain("deleted");
    expect((await answer(slashCommand("progress", [], inDm))).text).not.toContain("2h");
  });

  it("GIVEN a check-in THEN an Undo button under it: another member's click changes nothing, its member's removes it", async () => {
    await h.startAdapter();
    const logged = await answer(slashCommand("checkin", hours("1h30")));
    expect(logged.ephemeral).toBe(true);
    expect(buttonsOf(logged.data)).toEqual([
      expect.objectContaining({ custom_id: `run:${ANA}:/undo`, label: "Undo" }),
    ]);

    const notHers = await answer(buttonClick(`run:${ANA}:/undo`, BIA));
    expect(notHers.content).toContain("That button is for the member whose reply it is under");
    expect((await answer(slashCommand("progress"))).text).toContain("1h30");

    const undone = await answer(buttonClick(`run:${ANA}:/undo`));
    expect(undone.content).toContain("↩️ Removed 1h30");
    expect((await answer(slashCommand("progress"))).text).not.toContain("1h30");
  });

  it("GIVEN an English client and /language pt-BR THEN /forget's buttons speak Portuguese, as its text does", async () => {
    await h.startAdapter();
    await answer(slashCommand("language", [{ name: "language", type: OPTION.string, value: "pt-BR" }], inDm));
    const asked = await answer(slashCommand("forget", [], inDm));
    expect(buttonsOf(asked.data).map((b) => b.label)).toEqual(["🗑️ Apagar tudo", "Cancelar"]);
  });
});
