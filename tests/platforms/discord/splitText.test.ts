import { describe, expect, it } from "vitest";
import { splitText } from "../../../src/platforms/discord/splitText.js";

describe("splitText", () => {
  it("GIVEN a short text THEN one part", () => {
    expect(splitText("hello\nworld", 20)).toEqual(["hello\nworld"]);
  });

  it("GIVEN a long text THEN parts within the limit, split at lines, nothing lost", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const parts = splitText(lines.join("\n"), 40);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(40);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("GIVEN one line longer than the limit THEN it is cut", () => {
    expect(splitText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });
});
