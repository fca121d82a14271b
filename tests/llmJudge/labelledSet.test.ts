import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { offlineJudge } from "../../src/core/mock/offlineJudge.js";
import { evaluateJudge } from "../../src/llmJudge/evaluate.js";
import { parseLabelledSet } from "../../src/llmJudge/labelledSet.js";
import { loadRoadmap } from "../../src/roadmapFile/load.js";

const roadmap = await loadRoadmap();
const FIXTURE = new URL("../fixtures/judge-labelled.jsonl", import.meta.url);

describe("the shipped labelled set", async () => {
  const parsed = parseLabelledSet(await readFile(FIXTURE, "utf8"), roadmap);
  if (!parsed.ok) throw new Error(parsed.error.join("\n"));
  const set = parsed.value;

  it("has at least 40 answers over the five topics, in both languages, from empty to excellent", () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
    expect(new Set(set.map((i) => i.topic.id))).toEqual(new Set(roadmap.interview.topics.map((t) => t.id)));
    for (const topic of roadmap.interview.topics) {
      const locales = new Set(set.filter((i) => i.topic.id === topic.id).map((i) => i.locale));
      expect(locales, topic.id).toEqual(new Set(["en", "pt-BR"]));
    }
    const humans = set.map((i) => i.human);
    expect(Math.min(...humans)).toBe(0);
    expect(Math.max(...humans)).toBeGreaterThanOrEqual(9);
    expect(set.some((i) => i.answer.trim() === "")).toBe(true);
  });

  it("the offline judge ranks it like the human scores: Spearman ≥ 0.7", async () => {
    const result = await evaluateJudge(offlineJudge, set);
    expect(result.unscored).toBe(0);
    expect(result.spearman).toBeGreaterThanOrEqual(0.7);
    expect(result.meanAbsoluteError).toBeLessThan(1.5);
    expect(result.worst).toHaveLength(5);
  });
});

describe("parseLabelledSet", () => {
  it("accepts a question by id or by its text, and reports every bad line by number", () => {
    const text = [
      JSON.stringify({ topic: "versioning", question: "versioning-2", answer: "a", score: 3 }),
      JSON.stringify({
        topic: "monitoramento",
        question: "O que é drift de dados e como você o detectaria?",
        answer: "b",
        score: 5,
        lang: "pt",
      }),
      "",
      "{not json",
      JSON.stringify({ topic: "cooking", question: "x", answer: "c", score: 1 }),
      JSON.stringify({ topic: "cicd", question: "cicd-9", answer: "d", score: 1 }),
      JSON.stringify({ topic: "cicd", question: "cicd-1", answer: "e", score: 11 }),
    ].join("\n");
    expect(parseLabelledSet(text, roadmap)).toEqual({
      ok: false,
      error: [
        "line 4: not valid JSON",
        'line 5: unknown topic "cooking"',
        'line 6: topic cicd has no question "cicd-9"',
        "line 7: score: Too big: expected number to be <=10",
      ],
    });
    const good = parseLabelledSet(text.split("\n").slice(0, 2).join("\n"), roadmap);
    expect(good.ok && good.value.map((i) => [i.question.id, i.locale])).toEqual([
      ["versioning-2", "en"],
      ["monitoring-1", "pt-BR"],
    ]);
  });
});
