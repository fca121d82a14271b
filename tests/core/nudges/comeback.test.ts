import { describe, expect, it } from "vitest";
import { daysAway } from "../../../src/core/nudges/comeback.js";
import { decide } from "../../../src/core/nudges/decide.js";

describe("daysAway", () => {
  it("GIVEN a last check-in THEN the whole days since, today not counted", () => {
    const from = { lastActive: "2026-11-30", roadmapStart: "2026-11-23", excused: [] };
    expect(daysAway(from, "2026-12-01")).toBe(0);
    expect(daysAway(from, "2026-12-04")).toBe(3);
  });

  it("GIVEN no check-in yet THEN counted from day 1; before day 1 or /start THEN not away", () => {
    expect(daysAway({ lastActive: undefined, roadmapStart: "2026-11-30", excused: [] }, "2026-12-03")).toBe(
      3,
    );
    expect(daysAway({ lastActive: undefined, roadmapStart: "2026-12-10", excused: [] }, "2026-12-03")).toBe(
      0,
    );
    expect(daysAway({ lastActive: undefined, roadmapStart: null, excused: [] }, "2026-12-03")).toBeNull();
  });

  it("GIVEN paused and rest days THEN they are not days away", () => {
    const excused = ["2026-12-01", "2026-12-02", "2026-12-03"];
    expect(daysAway({ lastActive: "2026-11-30", roadmapStart: null, excused }, "2026-12-05")).toBe(1);
  });
});

describe("decide, for a member away", () => {
  const base = {
    dueAt: new Date("2026-12-04T12:00:00Z"),
    now: new Date("2026-12-04T12:00:00Z"),
    zone: "UTC",
    reachable: true,
  };
  it("GIVEN 3, 7 or 14 days away THEN the morning goes out; other days from 3 on THEN skipped as away", () => {
    for (const days of [0, 2, 3, 7, 14])
      expect(decide({ ...base, slot: "morning", daysAway: days }).action).toBe("send");
    for (const days of [4, 6, 8, 13, 15, 40]) {
      expect(decide({ ...base, slot: "morning", daysAway: days })).toEqual({
        action: "skip",
        reason: "away",
      });
    }
  });
  it("GIVEN a week or more away THEN the recap waits too", () => {
    expect(decide({ ...base, slot: "recap", daysAway: 6 }).action).toBe("send");
    expect(decide({ ...base, slot: "recap", daysAway: 7 })).toEqual({ action: "skip", reason: "away" });
  });
});
