import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCheckin } from "../../../src/core/checkin/parseCheckin.js";

describe("parseCheckin", () => {
  it.each([
    ["3h", { minutes: 180, daysAgo: 0, note: null }],
    ["3h estudei pandas", { minutes: 180, daysAgo: 0, note: "estudei pandas" }],
    ["2h yesterday", { minutes: 120, daysAgo: 1, note: null }],
    ["2h ontem", { minutes: 120, daysAgo: 1, note: null }],
    ["2h ontem revisão de git", { minutes: 120, daysAgo: 1, note: "revisão de git" }],
    ["ontem 2h docker", { minutes: 120, daysAgo: 1, note: "docker" }],
    ["Yesterday 1h30", { minutes: 90, daysAgo: 1, note: null }],
    ["2 h", { minutes: 120, daysAgo: 0, note: null }],
    ["1h 30 sklearn", { minutes: 90, daysAgo: 0, note: "sklearn" }],
    ["2 horas de pandas", { minutes: 120, daysAgo: 0, note: "de pandas" }],
    ["1,5h hoje", { minutes: 90, daysAgo: 0, note: null }],
    ["45m   lendo   docs", { minutes: 45, daysAgo: 0, note: "lendo   docs" }],
  ])("GIVEN /checkin %s THEN %o", (input, expected) => {
    expect(parseCheckin(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "checkin.missing"],
    ["   ", "checkin.missing"],
    ["ontem", "checkin.missing"],
    ["lots", "checkin.invalid"],
    ["3hx", "checkin.invalid"],
    ["pandas 3h", "checkin.invalid"],
    ["-2h", "checkin.notPositive"],
    ["0 pandas", "checkin.notPositive"],
    ["13h", "checkin.tooLong"],
    [`2h ${"x".repeat(501)}`, "checkin.noteTooLong"],
  ])("GIVEN /checkin %j THEN %s", (input, id) => {
    expect(parseCheckin(input)).toMatchObject({ ok: false, error: { id } });
  });

  it("quotes at most 40 characters of a bad duration back", () => {
    const result = parseCheckin("x".repeat(5000));
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.id === "checkin.invalid")
      expect(result.error.params.input).toHaveLength(40);
  });

  it("never throws, and whatever it accepts starts with a duration", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (input) => {
        const result = parseCheckin(input);
        if (result.ok) {
          expect(input.trim()).toMatch(/^((today|hoje|yesterday|ontem)\s+)?\d/i);
          expect(result.value.minutes).toBeGreaterThan(0);
          expect(result.value.minutes).toBeLessThanOrEqual(720);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
