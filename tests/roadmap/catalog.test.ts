// The roadmaps members may follow: installed files (the default first) and groups' uploads read back.
import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCatalog, loadInstalled } from "../../src/roadmapFile/catalog.js";
import { DEFAULT_ROADMAP_PATH, loadRoadmap, parseRoadmap } from "../../src/roadmapFile/load.js";
import { readmeRoadmapYaml } from "../support/exampleRoadmap.js";

describe("installed roadmaps", () => {
  it("GIVEN a folder with the default, another roadmap, a broken file and a copy of the default THEN the default first, then the other; the rest left out", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roadmaps-"));
    const main = join(dir, "mlops.yaml");
    await copyFile(DEFAULT_ROADMAP_PATH, main);
    await copyFile(DEFAULT_ROADMAP_PATH, join(dir, "copy.yaml"));
    await writeFile(join(dir, "dados.yaml"), await readmeRoadmapYaml());
    await writeFile(join(dir, "broken.yml"), "id: frontend\nweeks: []\n");
    const installed = await loadInstalled(main, dir);
    expect(installed.map((r) => r.id)).toEqual(["mlops-90-dias", "dados-1-semana"]);
  });

  it("GIVEN a broken default THEN the start fails, naming its problems", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roadmaps-"));
    await writeFile(join(dir, "main.yaml"), "id: x\n");
    await expect(loadInstalled(join(dir, "main.yaml"), dir)).rejects.toThrow(/weeks: missing/);
  });
});

describe("resolving a roadmap", async () => {
  const mlops = await loadRoadmap();
  const dados = parseRoadmap(await readmeRoadmapYaml(), "dados.yaml");

  function catalogOver(stored: Map<string, unknown>) {
    let clock = 0;
    const catalog = createCatalog([mlops, dados], {
      store: { groupRoadmap: async (key) => stored.get(key) ?? null },
      now: () => clock,
    });
    return { catalog, advance: (ms: number) => (clock += ms) };
  }

  it("GIVEN keys THEN the default for none or an unknown one, an installed one by id, a group's with its key as id", async () => {
    const { catalog } = catalogOver(new Map([["g7:dados-1-semana", dados]]));
    expect(await catalog.resolve(null)).toBe(mlops);
    expect(await catalog.resolve("dados-1-semana")).toBe(dados);
    expect(await catalog.resolve("frontend")).toBe(mlops);
    expect(await catalog.resolve("g8:dados-1-semana")).toBe(mlops);
    const own = await catalog.resolve("g7:dados-1-semana");
    expect(own.id).toBe("g7:dados-1-semana");
    expect(own.title).toEqual(dados.title);
    expect(catalog.installed().map((r) => r.id)).toEqual(["mlops-90-dias", "dados-1-semana"]);
  });

  it("GIVEN a kept roadmap that no longer validates THEN the default, never a broken plan", async () => {
    const { catalog } = catalogOver(new Map([["g7:old", { ...dados, weeks: [] }]]));
    expect(await catalog.resolve("g7:old")).toBe(mlops);
  });

  it("GIVEN a group's roadmap replaced THEN read again once forgotten here, or within 30 s elsewhere", async () => {
    const stored = new Map<string, unknown>([["g7:dados-1-semana", dados]]);
    const { catalog, advance } = catalogOver(stored);
    expect((await catalog.resolve("g7:dados-1-semana")).weeklyTargetHours).toBe(8);
    stored.set("g7:dados-1-semana", { ...dados, weeklyTargetHours: 10 });
    expect((await catalog.resolve("g7:dados-1-semana")).weeklyTargetHours).toBe(8);
    advance(30_001);
    expect((await catalog.resolve("g7:dados-1-semana")).weeklyTargetHours).toBe(10);
    stored.set("g7:dados-1-semana", { ...dados, weeklyTargetHours: 12 });
    catalog.forget("g7:dados-1-semana");
    expect((await catalog.resolve("g7:dados-1-semana")).weeklyTargetHours).toBe(12);
  });

  it("GIVEN an upload THEN read as a roadmap, or every problem with its path", async () => {
    const { catalog } = catalogOver(new Map());
    const read = catalog.read(await readmeRoadmapYaml());
    expect(read.ok && read.value.id).toBe("dados-1-semana");
    const broken = catalog.read("id: x\nweeklyTargetHours: -1\n");
    expect(broken.ok ? [] : broken.error).toEqual(
      expect.arrayContaining(["weeklyTargetHours: Too small: expected number to be >0", "weeks: missing"]),
    );
  });
});
