import { describe, expect, it } from "vitest";
import {
  inWallRange,
  isoWeekOf,
  parseWallTime,
  wallTimeAt,
  zonedInstant,
} from "../../../src/core/nudges/wallClock.js";

describe("zonedInstant", () => {
  it("GIVEN an ordinary day THEN the wall time in the zone", () => {
    expect(zonedInstant("2026-12-03", "09:00", "America/Sao_Paulo").toISOString()).toBe(
      "2026-12-03T12:00:00.000Z",
    );
    expect(zonedInstant("2026-12-03", "09:00", "Europe/Lisbon").toISOString()).toBe(
      "2026-12-03T09:00:00.000Z",
    );
  });

  it("GIVEN New York's spring-forward day THEN 09:00 is 09:00 EDT, and a skipped 02:30 comes at 03:00", () => {
    expect(zonedInstant("2026-03-08", "09:00", "America/New_York").toISOString()).toBe(
      "2026-03-08T13:00:00.000Z",
    );
    expect(zonedInstant("2026-03-08", "02:30", "America/New_York").toISOString()).toBe(
      "2026-03-08T07:00:00.000Z",
    );
    expect(wallTimeAt(zonedInstant("2026-03-08", "02:30", "America/New_York"), "America/New_York")).toBe(
      "03:00",
    );
  });

  it("GIVEN New York's fall-back day THEN 09:00 is 09:00 EST, and a repeated 01:30 is taken once, the first", () => {
    expect(zonedInstant("2026-11-01", "09:00", "America/New_York").toISOString()).toBe(
      "2026-11-01T14:00:00.000Z",
    );
    expect(zonedInstant("2026-11-01", "01:30", "America/New_York").toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
  });

  it("GIVEN Lisbon and Sydney on their change days THEN wall time holds and gaps move forward", () => {
    expect(zonedInstant("2026-03-29", "09:00", "Europe/Lisbon").toISOString()).toBe(
      "2026-03-29T08:00:00.000Z",
    );
    expect(zonedInstant("2026-03-29", "01:30", "Europe/Lisbon").toISOString()).toBe(
      "2026-03-29T01:00:00.000Z",
    );
    expect(zonedInstant("2026-10-04", "09:00", "Australia/Sydney").toISOString()).toBe(
      "2026-10-03T22:00:00.000Z",
    );
    expect(zonedInstant("2026-10-04", "02:15", "Australia/Sydney").toISOString()).toBe(
      "2026-10-03T16:00:00.000Z",
    );
    expect(zonedInstant("2026-04-05", "09:00", "Australia/Sydney").toISOString()).toBe(
      "2026-04-04T23:00:00.000Z",
    );
  });
});

describe("wall-time helpers", () => {
  it("parses times of day people write, and nothing else", () => {
    expect(parseWallTime("9:00")).toBe("09:00");
    expect(parseWallTime("07:30")).toBe("07:30");
    expect(parseWallTime("21h15")).toBe("21:15");
    expect(parseWallTime("8h")).toBe("08:00");
    expect(parseWallTime("22H")).toBe("22:00");
    for (const bad of ["24:00", "9", "9:60", "nine", "", "12:00pm", "24h", "h", "9hh"])
      expect(parseWallTime(bad), bad).toBeNull();
  });

  it("names ISO weeks across the year's end", () => {
    expect(isoWeekOf("2026-12-03")).toBe("2026-W49");
    expect(isoWeekOf("2026-12-31")).toBe("2026-W53");
    expect(isoWeekOf("2027-01-03")).toBe("2026-W53");
    expect(isoWeekOf("2027-01-04")).toBe("2027-W01");
  });

  it("tells whether a time is inside a range, including ranges over midnight", () => {
    expect(inWallRange("23:00", "22:00", "07:00")).toBe(true);
    expect(inWallRange("06:59", "22:00", "07:00")).toBe(true);
    expect(inWallRange("07:00", "22:00", "07:00")).toBe(false);
    expect(inWallRange("12:30", "12:00", "13:00")).toBe(true);
    expect(inWallRange("13:00", "12:00", "13:00")).toBe(false);
  });
});
