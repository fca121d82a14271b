// A Discord server's admin picks a roadmap file in /roadmap-import: the bot downloads it from the CDN, and
// the server's members follow it; /setup roadmap switches between the server's roadmaps.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commandDefinitions } from "../../../src/platforms/discord/commandDefinitions.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";
import {
  ADMIN_PERMISSIONS,
  OPTION,
  slashCommand,
  slashCommandWithFile,
} from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { readmeRoadmapYaml } from "../../support/exampleRoadmap.js";
import { type Harness, openHarness } from "./harness.js";

const admin = { permissions: ADMIN_PERMISSIONS, userId: "600000000000000009", username: "lia" };

describe("the /roadmap-import definition", async () => {
  const definitions = commandDefinitions(await loadRoadmap());

  it("GIVEN /roadmap-import THEN a required file option, for admins of a server only", () => {
    const command = definitions.find((c) => c.name === "roadmap-import");
    expect(command).toMatchObject({
      name_localizations: { "pt-BR": "importar-trilha" },
      default_member_permissions: "32",
      contexts: [0],
      options: [
        { name: "file", type: OPTION.attachment, required: true, name_localizations: { "pt-BR": "arquivo" } },
      ],
    });
  });
});

describe.each(testDatabases)("a roadmap imported on Discord on $name", (database) => {
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

  it("GIVEN an admin's file THEN only the admin reads the outcome, and members follow the server's roadmap", async () => {
    await h.startAdapter();
    await answer(slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }]));
    const file = h.fake.hostFile("dados.yaml", await readmeRoadmapYaml());
    const imported = await answer(slashCommandWithFile("roadmap-import", "file", file, admin));
    expect(imported.ephemeral).toBe(true);
    expect(imported.content).toContain("This group now follows “Data engineering: first week”");
    expect(h.fake.downloads()).toBe(1);

    const week = await answer(slashCommand("roadmap"));
    expect(week.content).toContain("SQL and a first pipeline");

    const back = await answer(
      slashCommand(
        "setup",
        [
          { name: "channel", type: OPTION.channel, value: "500000000000000002" },
          { name: "roadmap", type: OPTION.string, value: "mlops-90-dias" },
        ],
        admin,
      ),
    );
    expect(back.content).toContain(
      "The group follows “Artificial Intelligence Engineering / MLOps (12 weeks)”",
    );
    expect((await answer(slashCommand("roadmap"))).content).toContain("Create a virtualenv");
  });

  it("GIVEN a member who is no admin THEN refused before the file is downloaded", async () => {
    await h.startAdapter();
    const file = h.fake.hostFile("dados.yaml", await readmeRoadmapYaml());
    const refused = await answer(slashCommandWithFile("roadmap-import", "file", file));
    expect(refused.content).toBe("Only the group's admins can choose its roadmap.");
    expect(h.fake.downloads()).toBe(0);
  });
});
