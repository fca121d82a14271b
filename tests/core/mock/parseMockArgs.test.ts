import { describe, expect, it } from "vitest";
import { parseMockArgs } from "../../../src/core/mock/parseMockArgs.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

const roadmap = await loadRoadmap();

describe("parseMockArgs", () => {
  it.each([
    ["versioning", "versioning"],
    ["versionamento", "versioning"],
    ["Monitoramento", "monitoring"],
    ["motivação", "motivation"],
    ["motivacao", "motivation"],
    ["ci-cd", "cicd"],
    ["star", "project"],
    ["  projeto  ", "project"],
  ])("%j names topic %s", (input, id) => {
    const parsed = parseMockArgs(input, roadmap);
    expect(parsed.ok && parsed.value.kind === "start" && parsed.value.topic.id).toBe(id);
  });

  it.each([
    ["", "suggest"],
    ["stop", "stop"],
    ["parar", "stop"],
    ["skip", "skip"],
    ["pular", "skip"],
    ["history", "history"],
    ["histórico", "history"],
  ])("%j asks to %s", (input, kind) => {
    expect(parseMockArgs(input, roadmap)).toEqual({ ok: true, value: { kind } });
  });

  it("GIVEN an unknown topic THEN an error naming the input and every topic", () => {
    const parsed = parseMockArgs("docker compose", roadmap);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.id).toBe("mock.unknownTopic");
    expect(parsed.error.params.input).toBe("docker compose");
    expect(parsed.error.params.topics.map((topic) => topic.id)).toEqual([
      "project",
      "versioning",
      "monitoring",
      "cicd",
      "motivation",
    ]);
  });
});
