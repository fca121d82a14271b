import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDuration } from "../../../src/core/checkin/parseDuration.js";

describe("parseDuration", () => {
  it.each([
    ["3h", 180],
    ["3", 180],
    ["90m", 90],
    ["90 min", 90],
    ["1h30", 90],
    ["1h30m", 90],
    ["1h 30min", 90],
    ["1.5h", 90],
    ["1,5h", 90],
    ["0,5", 30],
    ["2 horas", 120],
    ["1:45", 105],
    ["12h", 720],
    ["1m", 1],
  ])("GIVEN %s THEN %i minutes", (input, minutes) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: minutes });
  });

  it.each(["-2h", "0", "0h", "0m", "0:00", "−1h"])("GIVEN %s THEN not positive", (input) => {
    expect(parseDuration(input)).toMatchObject({ ok: false, error: { id: "checkin.notPositive" } });
  });

  it.each(["13h", "12h01m", "721m", "90", "99999h"])("GIVEN %s THEN too long", (input) => {
    expect(parseDuration(input)).toMatchObject({
      ok: false,
      error: { id: "checkin.tooLong", params: { maxHours: 12 } },
    });
  });

  it.each(["lots", "", "h", "3x", "1h75", "1.5.5h", "1h30h", "3 hours pandas", "Infinity", "NaN", "1e3"])(
    "GIVEN %s THEN invalid",
    (input) => {
      expect(parseDuration(input)).toMatchObject({ ok: false, error: { id: "checkin.invalid" } });
    },
  );

  it("never throws and never accepts a string without digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const result = parseDuration(input);
        if (!/\d/.test(input)) expect(result.ok).toBe(false);
        if (result.ok) expect(result.value).toBeGreaterThan(0);
        if (result.ok) expect(result.value).toBeLessThanOrEqual(720);
      }),
      { numRuns: 5000 },
    );
  });

  it("accepts only inputs made of a number and a time unit", () => {
    const shape =
      /^\d+([.,]\d+)?\s*(h|hr|hrs|hora|horas|hour|hours)?(\s*\d+\s*(m|min|mins|minuto|minutos|minute|minutes)?)?$|^\d+\s*(m|min|mins|minuto|minutos|minute|minutes)$|^\d+:\d\d$/i;
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9hm:.,\s a-z-]{0,12}$/), (input) => {
        const result = parseDuration(input);
        if (result.ok) expect(input.trim()).toMatch(shape);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads back every duration written in any accepted form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 720 }), (minutes) => {
        const h = Math.floor(minutes / 60);
        const m = minutes % 60;
        const forms = [`${minutes}m`, `${minutes} min`, `${h}:${String(m).padStart(2, "0")}`];
        if (h > 0 && m > 0) forms.push(`${h}h${m}`, `${h}h${m}m`, `${h}h ${m}min`);
        if (m === 0) forms.push(`${h}h`, `${h}`, `${h} horas`);
        if (m === 30) forms.push(`${h},5h`, `${h}.5`);
        for (const form of forms) expect(parseDuration(form), form).toEqual({ ok: true, value: minutes });
      }),
      { numRuns: 720 },
    );
  });
});
