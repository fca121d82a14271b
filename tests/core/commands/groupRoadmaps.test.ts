// A group follows a roadmap its admin chose or uploaded: /setup roadmap, /roadmap import, progress per roadmap.
import { beforeEach, describe, expect, it } from "vitest";
import type { IncomingMessage } from "../../../src/core/commands/context.js";
import { attached, readmeRoadmapYaml } from "../../support/exampleRoadmap.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

const AT = "2026-12-07T15:00:00Z";
const group: IncomingMessage["chat"] = { id: "dados", kind: "group", title: "Turma de dados" };
const dm = (who: string): IncomingMessage["chat"] => ({ id: who, kind: "private" });
const admin = { as: "lia", admin: true, chat: group, at: AT };
const member = { as: "caio", chat: group, at: AT };

/** The week's task lines of a /roadmap reply that carry a tick. */
const ticked = (reply: string | null) => (reply ?? "").split("\n").filter((line) => line.includes("✅"));

describe.each(botBackends)("roadmaps a group brings, on $name", (backend) => {
  let bot: PortBot;
  let yaml: string;
  beforeEach(async () => {
    bot = await backend.open();
    yaml = await readmeRoadmapYaml();
  });

  it("GIVEN an admin uploads the README's roadmap THEN the group's members, old and new, follow it, and each roadmap keeps its own ticks", async () => {
    await bot.send("/start 2026-12-07", member);
    expect(await bot.send("/done 1", member)).toContain("Create a virtualenv");

    const imported = await bot.send("/roadmap import", {
      ...admin,
      attachment: attached("dados.yaml", yaml),
    });
    expect(imported).toContain(
      "This group now follows “Data engineering: first week”: 1 week, 1 interview topic",
    );
    expect(imported).toContain("2 members follow it");

    // In the group, and in the private chat: the group's plan, none of it ticked yet.
    const week = await bot.send("/roadmap", member);
    expect(week).toContain("SQL and a first pipeline");
    expect(week).toContain("1. Load a public CSV into PostgreSQL.");
    expect(ticked(week)).toEqual([]);
    expect(await bot.send("/roadmap", { ...member, chat: dm("caio") })).toContain("SQL and a first pipeline");

    expect(await bot.send("/done 1", member)).toContain("Load a public CSV into PostgreSQL.");
    expect(ticked(await bot.send("/roadmap", member))).toEqual(["1. ✅ Load a public CSV into PostgreSQL."]);
    expect(await bot.send("/progress", { ...member, chat: dm("caio") })).toMatch(/1\/3/);

    // Someone who joins later follows it as well, wherever they ask.
    await bot.send("/start", { as: "duda", chat: group, at: AT });
    expect(await bot.send("/roadmap", { as: "duda", chat: dm("duda"), at: AT })).toContain(
      "SQL and a first pipeline",
    );

    // Back to the installed roadmap: the tick made there is still there, and so is the other one.
    expect(await bot.send("/setup roadmap mlops-90-dias", admin)).toContain(
      "The group follows “Artificial Intelligence Engineering / MLOps (12 weeks)”",
    );
    expect(ticked(await bot.send("/roadmap", member))).toEqual([
      expect.stringContaining("1. ✅ Create a virtualenv"),
    ]);
    expect(await bot.send("/setup roadmap dados-1-semana", admin)).toContain(
      "The group follows “Data engineering: first week” from now on (3 members",
    );
    expect(ticked(await bot.send("/roadmap", member))).toEqual(["1. ✅ Load a public CSV into PostgreSQL."]);
  });

  it("GIVEN the group's roadmap THEN a mock interview asks its questions and judges the answer by them", async () => {
    await bot.send("/roadmap import", { ...admin, attachment: attached("dados.yaml", yaml) });
    await bot.send("/start 2026-12-07", member);
    const question = await bot.send("/mock sql", member);
    expect(question).toMatch(/JOIN|GROUP BY|duplicates|index a column/);
    const verdict = await bot.send(
      "I use a JOIN to combine two tables by a key; INNER keeps matches, LEFT keeps every row on the left.",
      member,
    );
    expect(verdict).toMatch(/\d+\/10/);
  });

  it("GIVEN a Portuguese admin THEN /trilha importar does the same, in Portuguese", async () => {
    const reply = await bot.send("/trilha importar", {
      ...admin,
      locale: "pt-BR",
      attachment: attached("dados.yaml", yaml),
    });
    expect(reply).toContain("Agora o grupo segue “Engenharia de dados: primeira semana”");
  });

  it("GIVEN a broken file THEN every problem with its path, and nothing changes", async () => {
    await bot.send("/start 2026-12-07", member);
    const broken = yaml
      .replace("weeklyTargetHours: 8", "weeklyTargetHours: lots")
      .replace(', pt-BR: "Agendar a carga com o cron." ', " ");
    const reply = await bot.send("/roadmap import", { ...admin, attachment: attached("dados.yaml", broken) });
    expect(reply).toContain("Nothing was changed");
    expect(reply).toContain("weeklyTargetHours:");
    expect(reply).toContain("weeks[0].tasks[2].pt-BR: missing");
    expect(reply).toContain("npx constancia roadmap check");
    expect(await bot.send("/roadmap", member)).toContain("Create a virtualenv");

    const notYaml = await bot.send("/roadmap import", {
      ...admin,
      attachment: attached("notes.txt", "just: [some, notes"),
    });
    expect(notYaml).toContain("cannot be parsed");
  });

  it("GIVEN no file, a huge file, a member who is no admin or a private chat THEN a clear refusal, nothing read or kept", async () => {
    expect(await bot.send("/roadmap import", admin)).toContain("caption /roadmap import");

    const huge = attached("huge.yaml", `${yaml}\n# ${"x".repeat(300 * 1024)}\n`);
    expect(await bot.send("/roadmap import", { ...admin, attachment: huge })).toContain("is over 256 KB");
    expect(huge.reads).toBe(0);

    const file = attached("dados.yaml", yaml);
    expect(await bot.send("/roadmap import", { ...member, attachment: file })).toContain(
      "Only the group's admins can choose its roadmap",
    );
    expect(await bot.send("/roadmap import", { ...admin, chat: dm("lia"), attachment: file })).toContain(
      "in the group that will follow it",
    );
    expect(file.reads).toBe(0);
    expect(await bot.send("/roadmap", member)).toContain("Create a virtualenv");
  });

  it("GIVEN /setup with an unknown roadmap THEN it names the installed ones and sets nothing up", async () => {
    const reply = await bot.send("/setup America/Recife roadmap data-eng", admin);
    expect(reply).toContain("There is no roadmap “data-eng” here. Installed: mlops-90-dias");
    expect(await bot.deps.schedule.groupByChat("console", "dados")).toMatchObject({
      summaryChannelId: null,
      roadmapKey: null,
    });
    expect(await bot.send("/setup roadmap", admin)).toContain("Which roadmap?");
  });
});
