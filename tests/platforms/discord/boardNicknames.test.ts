// A server's board names each member by their nickname there, whatever name they last used elsewhere.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OPTION, slashCommand, type Who } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const ANA: Who = { userId: "600000000000000001", username: "ana", nick: "Aninha dos Dados" };
const BIA: Who = { userId: "600000000000000002", username: "bia" };

describe.each(testDatabases)("board names on Discord on $name", (database) => {
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

  it("GIVEN a member with a server nickname who then writes in DMs THEN the server's board still shows the nickname", async () => {
    await h.startAdapter();
    await answer(slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "2h" }], ANA));
    // In DMs Discord knows only the global name.
    await answer(slashCommand("progress", [], { ...ANA, guildId: null }));
    await answer(slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }], BIA));

    const board = await answer(slashCommand("leaderboard", [], BIA));
    expect(board.text).toContain("Aninha dos Dados");
    expect(board.text).not.toMatch(/\bana\b/);
    expect(board.text).toContain("bia");
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a member who changes their nickname THEN the board follows it", async () => {
    await h.startAdapter();
    await answer(slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "2h" }], ANA));
    await answer(
      slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }], {
        ...ANA,
        nick: "Ana M.",
      }),
    );
    const board = await answer(slashCommand("leaderboard", [], BIA));
    expect(board.text).toContain("Ana M.");
    expect(board.text).not.toContain("Aninha");
  });
});
