import { describe, expect, it } from "vitest";
import {
  addDays,
  canonicalZone,
  daysBetween,
  isLocalDate,
  localDateOf,
  weekdayIndex,
  weekOf,
} from "../../../src/core/time/dates.js";

describe("localDateOf", () => {
  it("GIVEN one instant THEN each zone sees its own calendar day", () => {
    const instant = new Date("2026-12-01T02:30:00Z");
    expect(localDateOf(instant, "America/Sao_Paulo")).toBe("2026-11-30");
    expect(localDateOf(instant, "Europe/Lisbon")).toBe("2026-12-01");
    expect(localDateOf(instant, "Australia/Sydney")).toBe("2026-12-01");
    expect(localDateOf(instant, "Pacific/Honolulu")).toBe("2026-11-30");
  });

  it("GIVEN New York's spring-forward night THEN the local day still changes at local midnight", () => {
    // 2026-03-08: clocks jump from 02:00 to 03:00 EST→EDT.
    expect(localDateOf(new Date("2026-03-08T04:59:00Z"), "America/New_York")).toBe("2026-03-07");
    expect(localDateOf(new Date("2026-03-08T05:00:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDateOf(new Date("2026-03-09T03:59:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDateOf(new Date("2026-03-09T04:00:00Z"), "America/New_York")).toBe("2026-03-09");
  });

  it("GIVEN Sydney's fall-back day THEN a 25-hour day is one local date", () => {
    // 2026-04-05: Sydney goes from AEDT (+11) back to AEST (+10).
    expect(localDateOf(new Date("2026-04-04T13:00:00Z"), "Australia/Sydney")).toBe("2026-04-05");
    expect(localDateOf(new Date("2026-04-05T13:59:00Z"), "Australia/Sydney")).toBe("2026-04-05");
    expect(localDateOf(new Date("2026-04-05T14:00:00Z"), "Australia/Sydney")).toBe("2026-04-06");
  });
});

describe("weekOf", () => {
  it("GIVEN any day THEN the week runs Monday to Sunday", () => {
    expect(weekOf("2026-11-28")).toEqual({ start: "2026-11-23", end: "2026-11-29" });
    expect(weekOf("2026-11-23")).toEqual({ start: "2026-11-23", end: "2026-11-29" });
    expect(weekOf("2026-11-29")).toEqual({ start: "2026-11-23", end: "2026-11-29" });
  });

  it("GIVEN the year's end THEN the week crosses into the next year", () => {
    expect(weekOf("2026-12-31")).toEqual({ start: "2026-12-28", end: "2027-01-03" });
    expect(weekOf("2027-01-03")).toEqual({ start: "2026-12-28", end: "2027-01-03" });
  });

  it("GIVEN a leap year THEN February 29 exists", () => {
    expect(weekOf("2028-02-29")).toEqual({ start: "2028-02-28", end: "2028-03-05" });
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2027-02-29")).toBe(false);
  });
});

describe("day arithmetic", () => {
  it("adds and counts days across months, years and DST changes", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2026-12-25", "2027-01-05")).toBe(11);
    expect(daysBetween("2026-12-07", "2026-12-01")).toBe(-6);
    expect(weekdayIndex("2026-11-23")).toBe(0);
    expect(weekdayIndex("2026-11-29")).toBe(6);
  });

  it("rejects what is not a calendar date", () => {
    for (const bad of ["2026-13-01", "2026-11-31", "28/11/2026", "tomorrow", "2026-1-5", ""]) {
      expect(isLocalDate(bad), bad).toBe(false);
    }
  });
});

describe("canonicalZone", () => {
  it("GIVEN a known IANA zone in any case THEN its canonical spelling", () => {
    expect(canonicalZone("America/Sao_Paulo")).toBe("America/Sao_Paulo");
    expect(canonicalZone("europe/lisbon")).toBe("Europe/Lisbon");
    expect(canonicalZone(" UTC ")).toBe("UTC");
  });

  it("GIVEN anything else THEN null", () => {
    for (const bad of ["Mars/Olympus", "Sao Paulo", "", "x".repeat(500), "America/"]) {
      expect(canonicalZone(bad), bad).toBeNull();
    }
  });
});
