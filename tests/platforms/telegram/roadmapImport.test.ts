// A Telegram group's admin sends a roadmap file with /roadmap import as its caption: the bot downloads it
// through the Bot API, and the group's members follow it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../support/databases.js";
import { readmeRoadmapYaml } from "../../support/exampleRoadmap.js";
import { ANA, GROUP, JOAO, privateChat, startRig, type TelegramRig } from "./support.js";

describe.each(testDatabases)("a roadmap imported on Telegram on $name", (database) => {
  let rig: TelegramRig;
  let yaml: string;
  beforeAll(async () => {
    rig = await startRig(database);
    yaml = await readmeRoadmapYaml();
    rig.fake.setMemberStatus(GROUP.id, ANA.id, "administrator");
  });
  afterAll(() => rig.close());

  it("GIVEN a member who is no admin sends a file THEN refused, and the file is never downloaded", async () => {
    const before = rig.fake.downloads();
    const update = rig.fake.documentUpdate(JOAO, GROUP, "/trilha importar", {
      name: "dados.yaml",
      content: yaml,
    });
    const { text } = await rig.deliver(update, GROUP.id);
    expect(text).toBe("Só os administradores do grupo podem escolher a trilha dele.");
    expect(rig.fake.downloads()).toBe(before);
  });

  it("GIVEN the admin sends the README's roadmap as a document captioned /roadmap import THEN the group, and its members in private, follow it", async () => {
    await rig.say(JOAO, GROUP, "/checkin 1h");
    const update = rig.fake.documentUpdate(ANA, GROUP, "/roadmap import", {
      name: "dados.yaml",
      content: yaml,
    });
    const { text } = await rig.deliver(update, GROUP.id);
    expect(text).toContain("This group now follows “Data engineering: first week”");
    expect(text).toContain("2 members follow it");
    expect(rig.fake.calls.some((c) => c.method === "getFile")).toBe(true);

    const week = await rig.say(JOAO, privateChat(JOAO), "/trilha");
    expect(week.text).toContain("SQL e uma primeira pipeline");
    expect(week.text).toContain("1. Carregar um CSV público no PostgreSQL.");
  });

  it("GIVEN /roadmap import as a reply to a document already in the chat THEN that file is the one imported", async () => {
    const file = rig.fake.documentUpdate(ANA, GROUP, "", {
      name: "v3.yaml",
      content: yaml.replace("weeklyTargetHours: 8", "weeklyTargetHours: 9"),
    });
    const command = rig.fake.textUpdate(ANA, GROUP, "/roadmap import");
    const { text } = await rig.deliver(
      { ...command, message: { ...(command.message as object), reply_to_message: file.message } },
      GROUP.id,
    );
    expect(text).toContain("This group now follows “Data engineering: first week”");
    expect((await rig.say(JOAO, privateChat(JOAO), "/trilha")).text).toContain("Meta: 9h nesta semana");
  });

  it("GIVEN a broken file THEN the admin reads what to fix, and the group keeps its roadmap", async () => {
    const broken = yaml.replace("weeklyTargetHours: 8", "weeklyTargetHours: muitas");
    const update = rig.fake.documentUpdate(ANA, GROUP, "/roadmap_import", {
      name: "v2.yaml",
      content: broken,
    });
    const { text } = await rig.deliver(update, GROUP.id);
    expect(text).toContain("“v2.yaml” is not a roadmap I can follow yet. Nothing was changed.");
    expect(text).toContain("weeklyTargetHours:");
    expect((await rig.say(JOAO, privateChat(JOAO), "/trilha")).text).toContain("SQL e uma primeira pipeline");
  });
});
