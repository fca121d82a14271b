// Replies a whole server sees show member names and notes as typed: Markdown is escaped and nobody is pinged.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { escapeMarkdown, keepEscapesWhole } from "../../../src/platforms/discord/markdown.js";
import { splitText } from "../../../src/platforms/splitText.js";
import { ADMIN_PERMISSIONS, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

describe("escapeMarkdown", () => {
  it.each([
    [
      "**bold** __under__ ~~gone~~ ||spoiler||",
      "\\*\\*bold\\*\\* \\_\\_under\\_\\_ \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|",
    ],
    ["# BIG\n> quote\n- item", "\\# BIG\n\\> quote\n\\- item"],
    ["[safe](https://evil.example)", "\\[safe\\]\\(https://evil.example\\)"],
    ["`code` \\ <@123> @everyone", "\\`code\\` \\\\ \\<\\@123\\> \\@everyone"],
    ["4. ana — 2h\n4. bia — 2h", "4\\. ana — 2h\n4\\. bia — 2h"],
    ["✅ Logged 2h for yesterday.", "✅ Logged 2h for yesterday."],
  ])("GIVEN %j THEN %j", (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it("GIVEN escaped text cut mid-escape THEN the backslash moves to the part it escapes", () => {
    const escaped = escapeMarkdown(`${"a".repeat(9)}*b`);
    const parts = keepEscapesWhole(splitText(escaped, 10));
    expect(parts).toEqual(["a".repeat(9), "\\*b"]);
    expect(parts.join("")).toBe(escaped);
  });
});

describe.each(testDatabases)("public replies on Discord on $name", (database) => {
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
  const nick = "**Ana** [x](https://evil.example) @everyone";
  const hours = (value: string) => ({ name: "hours", type: OPTION.string, value });

  it("GIVEN a nickname with Markdown and @everyone THEN the public leaderboard shows it literally, pinging nobody", async () => {
    await h.startAdapter();
    await answer(slashCommand("checkin", [hours("2h")], { nick }));
    const board = await answer(
      slashCommand("leaderboard", [], { userId: "600000000000000002", username: "bia" }),
    );
    expect(board.ephemeral).toBe(false);
    expect(board.text).toContain("🥇 \\*\\*Ana\\*\\* \\[x\\]\\(https://evil.example\\) \\@everyone — 2h");
    expect(board.data.allowed_mentions).toEqual({ parse: [] });
    expect(h.errors).toEqual([]);
  }, 90_000);

  it("GIVEN public check-ins and a note with Markdown THEN the channel sees the note literally; private replies are untouched", async () => {
    await h.startAdapter();
    await answer(
      slashCommand("setup", [{ name: "checkins", type: OPTION.string, value: "public" }], {
        permissions: ADMIN_PERMISSIONS,
      }),
    );
    const note = { name: "note", type: OPTION.string, value: "# huge ||secret||" };
    const confirmed = await answer(slashCommand("checkin", [hours("1h"), note]));
    expect(confirmed.ephemeral).toBe(false);
    expect(confirmed.content).toContain("Logged 1h — \\# huge \\|\\|secret\\|\\|.");
    expect(confirmed.data.allowed_mentions).toEqual({ parse: [] });

    const refused = await answer(slashCommand("checkin", [hours("lots")]));
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain("“lots”");
    expect(refused.content).not.toContain("\\");
  }, 90_000);
});
