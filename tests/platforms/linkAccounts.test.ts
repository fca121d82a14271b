// One person across platforms through the real clients: /link on Telegram, its code on Discord, one member.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPTION, slashCommand } from "../fakes/discord/interactions.js";
import { type OpenedDatabase, type TestDatabase, testDatabases } from "../support/databases.js";
import { type Harness, NOW, openHarness } from "./discord/harness.js";
import { ANA, privateChat, startRig, type TelegramRig } from "./telegram/support.js";

const inDm = { guildId: null };
const hours = (value: string) => [{ name: "hours", type: OPTION.string, value }];

/** One database both platforms open, closed once by the test. */
function oneDatabase(opened: OpenedDatabase): TestDatabase {
  return { name: "shared", open: async () => ({ ...opened, close: async () => {} }) };
}

describe.each(testDatabases)("linking a Telegram and a Discord account on $name", (database) => {
  let opened: OpenedDatabase;
  let telegram: TelegramRig;
  let discord: Harness;
  beforeAll(async () => {
    opened = await database.open();
    telegram = await startRig(oneDatabase(opened), { clock: () => NOW });
    discord = await openHarness(oneDatabase(opened));
    await discord.startAdapter();
  });
  afterAll(async () => {
    await telegram.close();
    await discord.close();
    await opened.close();
  });

  async function onDiscord(name: string, options: Parameters<typeof slashCommand>[1] = []) {
    const interaction = slashCommand(name, options, inDm);
    await discord.fake.dispatch("INTERACTION_CREATE", interaction);
    return discord.fake.answerTo(interaction.id);
  }

  it("GIVEN /link on Telegram and its code in Discord's /link THEN both show the hours of both; /unlink on Discord asks with a button", async () => {
    const dm = privateChat(ANA);
    await telegram.say(ANA, dm, "/checkin 2h");
    await onDiscord("checkin", hours("1h30"));
    const { text } = await telegram.say(ANA, dm, "/link");
    const code = /code: (\S+)/.exec(text)?.[1] ?? "no code";

    const linked = await onDiscord("link", [{ name: "code", type: OPTION.string, value: code }]);
    expect(linked.content).toContain("your accounts on Discord and Telegram are one member now");
    expect((await onDiscord("progress")).text).toContain("Total so far: 3h30");
    expect((await telegram.say(ANA, dm, "/progress")).text).toContain("Total so far: 3h30");

    const asked = await onDiscord("unlink");
    expect(asked.content).toContain("stays with your account on Telegram");
    const buttons = (
      (asked.data.components as Array<{ components: Array<{ label: string }> }>) ?? []
    ).flatMap((row) => row.components);
    expect(buttons.map((b) => b.label)).toEqual(["✂️ Unlink", "Cancel"]);
    expect([...telegram.errors, ...discord.errors]).toEqual([]);
  });
});
