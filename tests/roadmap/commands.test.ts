import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { roadmapCommand } from "../../src/roadmapFile/commands.js";
import { DEFAULT_ROADMAP_PATH } from "../../src/roadmapFile/load.js";

function capture() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (text: string) => {
        out.stdout += text;
      },
      stderr: (text: string) => {
        out.stderr += text;
      },
    },
  };
}

describe("the README's example roadmap", () => {
  it("GIVEN the one-week roadmap in the README THEN check says OK, and it has what /roadmap skills shows", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    const example = /<!-- roadmap-example -->\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const file = join(await mkdtemp(join(tmpdir(), "roadmaps-")), "my-roadmap.yaml");
    await writeFile(file, example ?? "");
    const { out, io } = capture();
    expect(await roadmapCommand(["check", file], "en", io)).toBe(0);
    expect(out.stdout).toBe(`OK ${file} — dados-1-semana: 1 week, 1 interview topic (sql)\n`);
  });
});

describe("roadmap list", () => {
  it("GIVEN a folder with a good roadmap, a broken one and a note THEN both roadmaps listed, the broken one flagged, exit 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roadmaps-"));
    await copyFile(DEFAULT_ROADMAP_PATH, join(dir, "mlops.yaml"));
    await writeFile(join(dir, "broken.yml"), "id: frontend\nweeks: []\n");
    await writeFile(join(dir, "NOTES.md"), "not a roadmap");
    const { out, io } = capture();
    expect(await roadmapCommand(["list"], "pt-BR", io, dir)).toBe(1);
    const lines = out.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\? {14}not valid \(\d+ problems\): constancia roadmap check .*broken\.yml/);
    expect(lines[1]).toMatch(
      /^mlops-90-dias {2}Engenharia de Inteligência Artificial \/ MLOps \(12 semanas\) {2}\(/,
    );
  });

  it("GIVEN an empty folder THEN says so, exit 0; an unknown subcommand THEN usage, exit 2", async () => {
    const dir = await mkdtemp(join(tmpdir(), "roadmaps-"));
    const { out, io } = capture();
    expect(await roadmapCommand(["list"], "en", io, dir)).toBe(0);
    expect(out.stdout).toBe(`No roadmap files in ${dir}.\n`);
    expect(await roadmapCommand(["validate", "x.yaml"], "en", io)).toBe(2);
    expect(out.stderr).toContain("Usage: constancia roadmap check <file>");
  });
});
