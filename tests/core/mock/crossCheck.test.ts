// The LLM's score against the answer's key-point coverage: capped only when it leads far on little coverage.
import { describe, expect, it } from "vitest";
import { crossChecked, MAX_UNBACKED_LEAD } from "../../../src/core/mock/crossCheck.js";
import type { Verdict } from "../../../src/core/mock/verdict.js";

const missing = { score: 0, evidence: null };

function verdict(judge: Verdict["judge"], overall: number, covered: number[]): Verdict {
  return {
    judge,
    overall,
    star: { situation: missing, task: missing, action: missing, result: missing },
    covered,
    missed: [0, 1, 2, 3].filter((i) => !covered.includes(i)),
    strengths: [],
    improvements: [],
    outline: { kind: "keyPoints" },
    followUp: null,
    screened: null,
    ignoredInstructions: false,
  };
}

describe("crossChecked", () => {
  it("GIVEN 10/10 from the LLM where the offline judge finds no key point and scores 2 THEN capped at 2 + the lead, with both scores kept", () => {
    const checked = crossChecked(verdict("llm", 10, [0, 1, 2]), verdict("offline", 2, []), 4);
    expect(checked.overall).toBe(2 + MAX_UNBACKED_LEAD);
    expect(checked.disagreement).toEqual({ llmOverall: 10, covered: 0, total: 4 });
    // The LLM's own reading of the answer is still shown.
    expect(checked.covered).toEqual([0, 1, 2]);
  });

  it("GIVEN half the key points found THEN the LLM's score stands, however far it leads", () => {
    const llm = verdict("llm", 10, [0, 1]);
    expect(crossChecked(llm, verdict("offline", 3, [0, 1]), 4)).toBe(llm);
  });

  it("GIVEN little coverage but a lead within the margin THEN the LLM's score stands", () => {
    const llm = verdict("llm", 6, []);
    expect(crossChecked(llm, verdict("offline", 6 - MAX_UNBACKED_LEAD, [0]), 4)).toBe(llm);
    expect(crossChecked(verdict("llm", 7, []), verdict("offline", 3, [0]), 4).overall).toBe(6);
  });
});
