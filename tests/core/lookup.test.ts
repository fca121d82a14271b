import { describe, expect, it } from "vitest";
import { parseCheckin } from "../../src/core/checkin/parseCheckin.js";
import { commandNamed } from "../../src/core/commands/index.js";
import { own } from "../../src/core/lookup.js";
import { parsePeriod } from "../../src/core/nudges/parseArgs.js";

const INHERITED = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

describe("words every object inherits", () => {
  it.each(INHERITED)("GIVEN %s THEN it is no known word anywhere", (word) => {
    expect(own({ a: 1 }, word)).toBeUndefined();
    expect(commandNamed(word)).toBeNull();
    expect(parsePeriod(word).ok).toBe(false);
    expect(parseCheckin(`${word} 2h`)).toMatchObject({ ok: false, error: { id: "checkin.invalid" } });
    expect(parseCheckin(`2h ${word}`)).toEqual({
      ok: true,
      value: { minutes: 120, daysAgo: 0, note: word, noteShortened: false },
    });
  });
});
