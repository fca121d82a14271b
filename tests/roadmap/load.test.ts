import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadRoadmap, parseRoadmap, RoadmapError } from "../../src/roadmapFile/load.js";

describe("the shipped MLOps roadmap", () => {
  it("has 12 weeks of 3–6 tasks, a 20h target, five deliverables and five interview topics", async () => {
    const roadmap = await loadRoadmap();
    expect(roadmap.weeklyTargetHours).toBe(20);
    expect(roadmap.weeks.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const week of roadmap.weeks) expect(week.tasks.length).toBeGreaterThanOrEqual(3);
    expect(roadmap.project.deliverables).toHaveLength(5);
    expect(roadmap.interview.topics.map((t) => t.id)).toEqual([
      "project",
      "versioning",
      "monitoring",
      "cicd",
      "motivation",
    ]);
    for (const topic of roadmap.interview.topics) expect(topic.questions.length).toBeGreaterThanOrEqual(4);
    expect(roadmap.interview.topics.find((t) => t.id === "versioning")?.aliases).toContain("versionamento");
    expect(roadmap.motto["pt-BR"]).toContain("constância, não a velocidade");
  });
});

describe("a broken roadmap", () => {
  async function shipped(): Promise<Record<string, unknown>> {
    const roadmap = await loadRoadmap();
    return JSON.parse(JSON.stringify(roadmap)) as Record<string, unknown>;
  }

  it("GIVEN a week without tasks THEN the error names the file and the path inside it", async () => {
    const data = await shipped();
    (data.weeks as Array<Record<string, unknown>>)[2] = {
      ...(data.weeks as Array<Record<string, unknown>>)[2],
      tasks: [],
    };
    const dir = await mkdtemp(join(tmpdir(), "roadmap-"));
    const file = join(dir, "broken.yaml");
    await writeFile(file, stringify(data));
    const error = await loadRoadmap(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).message).toContain(file);
    expect((error as RoadmapError).message).toContain("weeks.2.tasks");
  });

  it("GIVEN a missing Portuguese text THEN the error points at it", async () => {
    const data = await shipped();
    data.title = { en: "Only English" };
    expect(() => parseRoadmap(stringify(data), "x.yaml")).toThrow(/title\.pt-BR/);
  });

  it("GIVEN two topics claiming one alias THEN refused", async () => {
    const data = await shipped();
    const topics = (data.interview as { topics: Array<{ aliases: string[] }> }).topics;
    topics[1]?.aliases.push("monitoramento");
    expect(() => parseRoadmap(stringify(data), "x.yaml")).toThrow(/monitoramento/);
  });

  it("GIVEN weeks out of order THEN refused", async () => {
    const data = await shipped();
    const weeks = data.weeks as Array<{ number: number }>;
    if (weeks[0]) weeks[0].number = 2;
    expect(() => parseRoadmap(stringify(data), "x.yaml")).toThrow(/weeks\.0\.number/);
  });

  it("GIVEN bad YAML or a missing file THEN a RoadmapError, not a crash", async () => {
    expect(() => parseRoadmap("weeks: [", "x.yaml")).toThrow(RoadmapError);
    await expect(loadRoadmap("/nonexistent/roadmap.yaml")).rejects.toThrow(/cannot be read: ENOENT/);
  });
});
