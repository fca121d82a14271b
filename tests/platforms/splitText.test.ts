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

  it("GIVEN a heading where the cut would fall THEN it opens the next part instead of closing this one", () => {
    const text = ["intro line", "Strengths:", "  • one", "  • two"].join("\n");
    expect(splitText(text, 22)).toEqual(["intro line", "Strengths:\n  • one", "  • two"]);
    const counted = ["aaaaaaaaaa", "Covered: 2 of 4", "  ✓ x", "  ✗ y"].join("\n");
    expect(splitText(counted, 28)[0]).toBe("aaaaaaaaaa");
  });

  it("GIVEN sections in the second half of the limit THEN the cut falls between sections", () => {
    const text = ["Score: 7", "line a", "line b", "To improve:", "  • c", "line d"].join("\n");
    expect(splitText(text, 40)).toEqual(["Score: 7\nline a\nline b", "To improve:\n  • c\nline d"]);
    expect(splitText("para one\n\npara two goes on", 20)).toEqual(["para one", "para two goes on"]);
  });
});
