// The one text splitter both platforms use, each with its own message length.
import { describe, expect, it } from "vitest";
import { splitText } from "../../src/platforms/splitText.js";

describe("splitText", () => {
  it("GIVEN a short text THEN one part", () => {
    expect(splitText("hello\nworld", 20)).toEqual(["hello\nworld"]);
    expect(splitText("short", 10)).toEqual(["short"]);
  });

  it("GIVEN a text longer than the limit THEN parts within it, cut at line breaks, nothing lost", () => {
    const text = ["aaaa", "bbbb", "cccc", "dd"].join("\n");
    expect(splitText(text, 10)).toEqual(["aaaa\nbbbb", "cccc\ndd"]);
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const parts = splitText(lines.join("\n"), 40);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(40);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("GIVEN one line longer than the limit THEN it is cut", () => {
    expect(splitText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(splitText("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });
});
