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

  it("says its true length: 12 weeks, 84 days, not 90", async () => {
    const roadmap = await loadRoadmap();
    expect(roadmap.title).toEqual({
      en: "Artificial Intelligence Engineering / MLOps (12 weeks)",
      "pt-BR": "Engenharia de Inteligência Artificial / MLOps (12 semanas)",
    });
    expect(roadmap.weeks.length * 7).toBe(84);
  });

  it("carries the plan's skills map, its tools and a course track, in both languages", async () => {
    const roadmap = await loadRoadmap();
    expect(roadmap.skills?.core.map((s) => s["pt-BR"])).toEqual([
      "Python para ML (manipulação de dados, scripts, pacotes: pandas, numpy).",
      "Conceitos de ML e modelagem (treino, validação, overfitting, métricas).",
      "MLOps básico (pipelines, versionamento de modelos/dados, CI/CD para modelos).",
    ]);
    expect(roadmap.skills?.niceToHave.map((s) => s.en)).toEqual([
      "Docker and model deployment (containers, images, registries).",
      "Monitoring and experiment tracking (MLflow, Evidently, Prometheus/Grafana).",
    ]);
    expect(roadmap.tools?.map((t) => t.en)).toContain("MLflow");
    expect(roadmap.tools).toHaveLength(6);
    const resources = roadmap.weeks.flatMap((w) => w.resources ?? []);
    expect(resources.some((r) => r.title["pt-BR"].startsWith("Trilha DIO MLOps"))).toBe(true);
    for (const r of resources) if (r.url !== undefined) expect(r.url).toMatch(/^https:\/\//);
  });

  it("practises what the mock interviews ask: DVC, drift with Evidently, alerts with Prometheus/Grafana", async () => {
    const roadmap = await loadRoadmap();
    const weekOf = (word: string) =>
      roadmap.weeks.find((w) => w.tasks.some((t) => t.en.includes(word) && t["pt-BR"].includes(word)))
        ?.number;
    expect(weekOf("DVC")).toBe(9);
    expect(weekOf("Evidently")).toBe(10);
    expect(weekOf("Prometheus")).toBe(11);
    expect(weekOf("Grafana")).toBe(11);
    for (const week of roadmap.weeks) expect(week.tasks.length).toBeLessThanOrEqual(6);
  });

  it("asks members about their own background, not the plan author's", async () => {
    const roadmap = await loadRoadmap();
    const motivation = roadmap.interview.topics.find((t) => t.id === "motivation");
    const texts = [motivation?.guidance, ...(motivation?.questions.map((q) => q.text) ?? [])];
    for (const text of texts) {
      expect(text?.en).not.toMatch(/Linux|no professional experience/);
      expect(text?.["pt-BR"]).not.toMatch(/Linux|não tem experiência/);
    }
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
    expect((error as RoadmapError).problems).toEqual(["weeks[2].tasks: each week needs 3 to 6 tasks"]);
  });

  it("GIVEN a missing Portuguese text THEN the error points at it", async () => {
    const data = await shipped();
    data.title = { en: "Only English" };
    expect(() => parseRoadmap(stringify(data), "x.yaml")).toThrow(/title\.pt-BR: missing/);
  });

  it("GIVEN several mistakes THEN every one is listed with its path", async () => {
    const data = await shipped();
    const weeks = data.weeks as Array<{ tasks: Array<Record<string, string>>; resources?: unknown }>;
    delete weeks[3]?.tasks[2]?.["pt-BR"];
    if (weeks[0])
      weeks[0].resources = [{ title: { en: "A course", "pt-BR": "Um curso" }, url: "not a link" }];
    data.skills = { core: [], niceToHave: [{ en: "Spark" }] };
    data.tools = "git";
    const error = (() => {
      try {
        return parseRoadmap(stringify(data), "x.yaml");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RoadmapError);
    expect((error as RoadmapError).problems).toEqual([
      "weeks[0].resources[0].url: must be an http(s) address",
      "weeks[3].tasks[2].pt-BR: missing",
      "skills.core: Too small: expected array to have >=1 items",
      "skills.niceToHave[0].pt-BR: missing",
      "tools: Invalid input: expected array, received string",
    ]);
  });

  it("GIVEN a roadmap without skills, tools or resources THEN still accepted: they are optional", async () => {
    const data = await shipped();
    delete data.skills;
    delete data.tools;
    for (const week of data.weeks as Array<Record<string, unknown>>) delete week.resources;
    const roadmap = parseRoadmap(stringify(data), "x.yaml");
    expect(roadmap.skills).toBeUndefined();
    expect(roadmap.weeks[0]?.resources).toBeUndefined();
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
    expect(() => parseRoadmap(stringify(data), "x.yaml")).toThrow(/weeks\[0\]\.number/);
  });

  it("GIVEN bad YAML or a missing file THEN a RoadmapError, not a crash", async () => {
    expect(() => parseRoadmap("weeks: [", "x.yaml")).toThrow(RoadmapError);
    await expect(loadRoadmap("/nonexistent/roadmap.yaml")).rejects.toThrow(/cannot be read: ENOENT/);
  });
});
