// /setup on Discord checks the bot can post in the chosen channel, names that channel, and says which field
// it could not read.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHANNELS } from "../../fakes/discord/fakeDiscord.js";
import {
  ADMIN_PERMISSIONS,
  type CommandOption,
  GUILD_ID,
  OPTION,
  slashCommand,
} from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const channel = (id: string): CommandOption => ({ name: "channel", type: OPTION.channel, value: id });
const text = (name: string, value: string): CommandOption => ({ name, type: OPTION.string, value });

describe.each(testDatabases)("/setup's channel on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function setup(options: CommandOption[], locale = "en-US") {
    const interaction = slashCommand("setup", options, { permissions: ADMIN_PERMISSIONS, locale });
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  it("GIVEN a channel where the bot may post THEN the confirmation names it as a link", async () => {
    await h.startAdapter();
    const done = await setup([channel(CHANNELS.summary)]);
    expect(done.ephemeral).toBe(true);
    expect(done.content).toContain(
      `the weekly summary will be posted in <#${CHANNELS.summary}> every Sunday`,
    );
    expect(done.content).not.toContain("posted here");
    expect(await h.deps.schedule.groupByChat("discord", GUILD_ID)).toMatchObject({
      summaryChannelId: CHANNELS.summary,
    });
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a read-only channel THEN the admin learns which permissions are missing, and nothing is saved", async () => {
    await h.startAdapter();
    const refused = await setup([channel(CHANNELS.readOnly), text("time", "21:00")]);
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain(`I can't post the weekly summary in <#${CHANNELS.readOnly}>`);
    expect(refused.content).toContain("Send Messages and Attach Files permissions");
    expect(refused.content).not.toContain("View Channel");
    expect(refused.content).toContain("Nothing was changed.");
    expect((await h.deps.schedule.groupByChat("discord", GUILD_ID))?.summaryChannelId ?? null).toBeNull();
  });

  it("GIVEN a channel hidden from the bot, in Portuguese THEN it is told the bot cannot see it", async () => {
    await h.startAdapter();
    const refused = await setup([channel(CHANNELS.hidden)], "pt-BR");
    expect(refused.content).toContain(`Não consigo publicar o resumo semanal em <#${CHANNELS.hidden}>`);
    expect(refused.content).toContain("falta a permissão Ver canal");
  });

  it("GIVEN a channel the bot was set up in, then made read-only THEN a later /setup is refused and keeps the old one", async () => {
    await h.startAdapter();
    await setup([channel(CHANNELS.summary)]);
    await setup([channel(CHANNELS.readOnly)]);
    expect(await h.deps.schedule.groupByChat("discord", GUILD_ID)).toMatchObject({
      summaryChannelId: CHANNELS.summary,
    });
  });

  it("GIVEN a field it cannot read THEN the admin is told which field, by the name the form shows, not the text syntax", async () => {
    await h.startAdapter();
    const en = await setup([channel(CHANNELS.summary), text("time", "25:99")]);
    expect(en.content).toBe(
      "I couldn't read “25:99” in the “time” field: use HH:MM, e.g. 20:00. Nothing was changed.",
    );
    const pt = await setup([channel(CHANNELS.summary), text("timezone", "Marte/Olimpo")], "pt-BR");
    expect(pt.content).toContain("no campo “fuso”");
    expect(pt.content).not.toContain("[HH:MM]");
    expect((await h.deps.schedule.groupByChat("discord", GUILD_ID))?.summaryChannelId ?? null).toBeNull();
  });
});
