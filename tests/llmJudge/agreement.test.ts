import { describe, expect, it } from "vitest";
import { meanAbsoluteError, ranks, spearman } from "../../src/llmJudge/agreement.js";

describe("agreement", () => {
  it("ranks ties by their average rank", () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it("Spearman is 1 for the same order, -1 for the reverse, whatever the scale", () => {
    expect(spearman([1, 2, 3, 4], [10, 40, 50, 90])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [9, 5, 2, 0])).toBeCloseTo(-1);
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8);
  });

  it("is undefined when one side is constant or too short", () => {
    expect(spearman([3, 3, 3], [1, 2, 3])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
  });

  it("mean absolute error", () => {
    expect(meanAbsoluteError([1, 5, 9], [2, 5, 6])).toBeCloseTo(4 / 3);
    expect(meanAbsoluteError([], [])).toBeNull();
  });
});
