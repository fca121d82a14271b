// Combining samples of one verdict: medians, the majority's key points, the median sample's words.
import { describe, expect, it } from "vitest";
import { combineSamples } from "../../../src/core/mock/samples.js";
import type { Verdict } from "../../../src/core/mock/verdict.js";

function verdict(overall: number, result: number, covered: number[]): Verdict {
  const part = (score: number) => ({ score, evidence: score === 0 ? null : `quote ${score}` });
  return {
    judge: "llm",
    overall,
    star: { situation: part(2), task: part(3), action: part(3), result: part(result) },
    covered,
    missed: [0, 1, 2, 3].filter((i) => !covered.includes(i)),
    strengths: [{ kind: "text", text: `sample ${overall}` }],
    improvements: [],
    outline: { kind: "text", text: "outline" },
    followUp: null,
    screened: null,
    ignoredInstructions: false,
  };
}

describe("combineSamples", () => {
  it("GIVEN 4, 9 and 6 THEN 6 counts, with that sample's words, and the spread is named", () => {
    const combined = combineSamples([verdict(4, 0, [0]), verdict(9, 4, [0, 1, 2]), verdict(6, 2, [0, 1])]);
    expect(combined.overall).toBe(6);
    expect(combined.star.result).toEqual({ score: 2, evidence: "quote 2" });
    expect(combined.covered).toEqual([0, 1]);
    expect(combined.missed).toEqual([2, 3]);
    expect(combined.strengths).toEqual([{ kind: "text", text: "sample 6" }]);
    expect(combined.samples).toEqual({ count: 3, split: ["result"], overallSplit: true });
  });

  it("GIVEN two samples THEN the lower middle: disagreement never rounds a score up", () => {
    expect(combineSamples([verdict(8, 4, [0]), verdict(5, 3, [0])]).overall).toBe(5);
  });

  it("GIVEN one sample THEN it, unmarked", () => {
    const only = verdict(7, 3, [0, 1]);
    expect(combineSamples([only])).toBe(only);
  });
});
