import { describe, expect, it } from "vitest";
import { streakLedger, streakOn } from "../../../src/core/progress/streak.js";
import { addDays } from "../../../src/core/time/dates.js";

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

describe("streakLedger", () => {
  /** `count` consecutive days from `first`. */
  const run = (first: string, count: number) => Array.from({ length: count }, (_, i) => addDays(first, i));

  it("GIVEN 7 days in a row THEN a freeze is held; a missed day spends it and the streak goes on", () => {
    const week = run("2026-12-01", 7);
    expect(streakLedger("2026-12-07", { active: week })).toEqual({
      days: 7,
      freezesHeld: 1,
      frozen: [],
      lost: null,
    });
    // Tuesday the 8th without a check-in; back on Wednesday.
    expect(streakLedger("2026-12-09", { active: [...week, "2026-12-09"] })).toEqual({
      days: 8,
      freezesHeld: 0,
      frozen: ["2026-12-08"],
      lost: null,
    });
  });

  it("GIVEN a missed day without a freeze THEN the streak is lost, and the ledger says when and how long it was", () => {
    const ledger = streakLedger("2026-12-06", {
      active: [...run("2026-12-01", 3), "2026-12-05", "2026-12-06"],
    });
    expect(ledger).toEqual({ days: 2, freezesHeld: 0, frozen: [], lost: { on: "2026-12-04", days: 3 } });
  });

  it("GIVEN paused or rest days THEN the streak is kept and no freeze is spent", () => {
    const active = [...run("2026-11-16", 16), ...run("2026-12-09", 2)];
    const paused = run("2026-12-02", 7);
    const ledger = streakLedger("2026-12-10", { active, excused: paused });
    expect(ledger.days).toBe(18);
    expect(ledger.freezesHeld).toBe(2);
    expect(ledger.frozen).toEqual([]);
    expect(streakOn("2026-12-10", active)).toBe(2);
  });

  it("GIVEN weeks of check-ins THEN at most two freezes are held", () => {
    const ledger = streakLedger("2027-01-29", { active: run("2026-12-01", 60) });
    expect(ledger.freezesHeld).toBe(2);
    // Three missed days in a row: two freezes, then the streak is lost.
    const after = streakLedger("2027-02-04", { active: [...run("2026-12-01", 62), "2027-02-04"] });
    expect(after.lost).toEqual({ on: "2027-02-03", days: 62 });
    expect(after.days).toBe(1);
  });
});
