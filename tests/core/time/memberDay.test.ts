// A member's day read on the wall clock: the day start is a time of day, not hours after midnight.
import { describe, expect, it } from "vitest";
import { dayOf } from "../../../src/core/time/memberDay.js";

describe("dayOf", () => {
  it.each([
    // São Paulo, UTC-3 all year.
    ["2026-11-26T04:30:00Z", "America/Sao_Paulo", null, "2026-11-26"],
    ["2026-11-26T04:30:00Z", "America/Sao_Paulo", "00:00", "2026-11-26"],
    ["2026-11-26T04:30:00Z", "America/Sao_Paulo", "04:00", "2026-11-25"],
    ["2026-11-26T07:00:00Z", "America/Sao_Paulo", "04:00", "2026-11-26"],
    ["2026-11-26T06:59:00Z", "America/Sao_Paulo", "04:00", "2026-11-25"],
    // Lisbon springs forward at 01:00 UTC on 29 March: 03:10 UTC is 04:10 there, three hours after midnight.
    ["2026-03-29T03:10:00Z", "Europe/Lisbon", "04:00", "2026-03-29"],
    ["2026-03-29T02:50:00Z", "Europe/Lisbon", "04:00", "2026-03-28"],
    // And falls back at 01:00 UTC on 25 October: 03:50 there is five hours after midnight, still the night.
    ["2026-10-25T03:50:00Z", "Europe/Lisbon", "04:00", "2026-10-24"],
    ["2026-10-25T04:00:00Z", "Europe/Lisbon", "04:00", "2026-10-25"],
  ] as const)("GIVEN %s in %s with a day start of %s THEN %s", (instant, zone, dayStart, day) => {
    expect(dayOf(new Date(instant), zone, dayStart)).toBe(day);
  });
});
