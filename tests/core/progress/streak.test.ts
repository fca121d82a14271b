import { describe, expect, it } from "vitest";
import { streakOn } from "../../../src/core/progress/streak.js";

describe("streakOn", () => {
  it("GIVEN check-ins on the last three days including today THEN 3", () => {
    expect(streakOn("2026-11-28", ["2026-11-26", "2026-11-27", "2026-11-28"])).toBe(3);
  });

  it("GIVEN no check-in yet today THEN yesterday's streak still stands", () => {
    expect(streakOn("2026-11-28", ["2026-11-26", "2026-11-27"])).toBe(2);
  });

  it("GIVEN a missed day THEN the streak starts after it", () => {
    expect(streakOn("2026-11-28", ["2026-11-24", "2026-11-25", "2026-11-27", "2026-11-28"])).toBe(2);
  });

  it("GIVEN nothing since the day before yesterday THEN 0", () => {
    expect(streakOn("2026-11-28", ["2026-11-25", "2026-11-26"])).toBe(0);
    expect(streakOn("2026-11-28", [])).toBe(0);
  });

  it("GIVEN a streak over the new year THEN it counts every day", () => {
    const days = ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"];
    expect(streakOn("2027-01-02", days)).toBe(4);
  });

  it("GIVEN future-dated rows THEN they do not count", () => {
    expect(streakOn("2026-11-28", ["2026-11-29", "2026-11-28"])).toBe(1);
  });
});
