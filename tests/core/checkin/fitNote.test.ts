import { describe, expect, it } from "vitest";
import { fitNote } from "../../../src/core/checkin/fitNote.js";
import { MAX_NOTE_LENGTH } from "../../../src/core/checkin/limits.js";

describe("fitNote", () => {
  it("GIVEN a note within the limit THEN it is kept whole", () => {
    const note = "a".repeat(MAX_NOTE_LENGTH);
    expect(fitNote(note)).toEqual({ note, shortened: false });
  });

  it("GIVEN a longer note THEN its start is kept, ending in …, at exactly the limit", () => {
    const { note, shortened } = fitNote("b".repeat(MAX_NOTE_LENGTH * 3));
    expect(shortened).toBe(true);
    expect(note).toHaveLength(MAX_NOTE_LENGTH);
    expect(note.endsWith("b…")).toBe(true);
  });

  it("GIVEN emoji across the cut THEN none is split in half", () => {
    const { note } = fitNote(`${"c".repeat(MAX_NOTE_LENGTH - 2)}👩‍💻👩‍💻👩‍💻`);
    expect(note).toBe(`${"c".repeat(MAX_NOTE_LENGTH - 2)}…`);
    expect(fitNote(`c${"😀".repeat(MAX_NOTE_LENGTH)}`).note).toBe(`c${"😀".repeat(249)}…`);
  });

  it("GIVEN a space right before the cut THEN the note does not end in a space before …", () => {
    expect(fitNote(`${"d".repeat(MAX_NOTE_LENGTH - 2)} ${"e".repeat(10)}`).note).toBe(
      `${"d".repeat(MAX_NOTE_LENGTH - 2)}…`,
    );
  });
});
