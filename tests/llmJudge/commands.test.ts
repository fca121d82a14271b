import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { type CommandIO, evalJudgeCommand, judgeCommand } from "../../src/llmJudge/commands.js";
import { loadRoadmap } from "../../src/roadmapFile/load.js";

function capture(stdin = ""): { io: CommandIO; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    io: {
      stdin: Readable.from([stdin]),
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
    },
    out: () => out,
    err: () => err,
  };
}

describe("constancia judge / eval-judge: bad input", () => {
  const config = loadConfig({});

  it("judge without --topic: usage, exit 2", async () => {
    const c = capture();
    expect(await judgeCommand([], config, await loadRoadmap(), c.io)).toBe(2);
    expect(c.err()).toContain("--topic is required");
    expect(c.err()).toContain("Usage: constancia judge");
    expect(c.out()).toBe("");
  });

  it("judge with an unknown option: usage, exit 2", async () => {
    const c = capture();
    expect(await judgeCommand(["--nope"], config, await loadRoadmap(), c.io)).toBe(2);
    expect(c.err()).toContain("Usage: constancia judge");
  });

  it("eval-judge without a file, or with a missing one: exit 2", async () => {
    const roadmap = await loadRoadmap();
    const none = capture();
    expect(await evalJudgeCommand([], config, roadmap, none.io)).toBe(2);
    expect(none.err()).toContain("Usage: constancia eval-judge");
    const missing = capture();
    expect(await evalJudgeCommand(["/nonexistent/set.jsonl"], config, roadmap, missing.io)).toBe(2);
    expect(missing.err()).toContain("Cannot read /nonexistent/set.jsonl: ENOENT");
  });

  it("eval-judge with an empty file or a bad line: exit 2, nothing on stdout", async () => {
    const roadmap = await loadRoadmap();
    const dir = await mkdtemp(join(tmpdir(), "eval-judge-"));
    const empty = join(dir, "empty.jsonl");
    await writeFile(empty, "\n\n");
    const e = capture();
    expect(await evalJudgeCommand([empty], config, roadmap, e.io)).toBe(2);
    expect(e.err()).toContain("has no answers");
    expect(e.out()).toBe("");
    const bad = join(dir, "bad.jsonl");
    await writeFile(bad, "{not json\n");
    const b = capture();
    expect(await evalJudgeCommand([bad], config, roadmap, b.io)).toBe(2);
    expect(b.err()).toContain("line 1: not valid JSON");
    expect(b.out()).toBe("");
  });
});
