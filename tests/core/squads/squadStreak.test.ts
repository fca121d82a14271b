import { describe, expect, it } from "vitest";
import { streakOn } from "../../../src/core/progress/streak.js";
import { squadStreak } from "../../../src/core/squads/squadStreak.js";
import { addDays } from "../../../src/core/time/dates.js";

/** `count` consecutive days from `first`. */
const run = (first: string, count: number) => Array.from({ length: count }, (_, i) => addDays(first, i));
const TODAY = "2026-12-10";

describe("squadStreak", () => {
  it("GIVEN both members checked in every day THEN the squad counts each day, today included", () => {
    const days = run("2026-12-06", 5);
    expect(
      squadStreak([
        { today: TODAY, active: days },
        { today: TODAY, active: days },
      ]),
    ).toBe(5);
  });

  it("GIVEN one member not done yet today THEN the squad keeps yesterday's streak", () => {
    const ana = run("2026-12-06", 5);
    const caio = run("2026-12-06", 4);
    expect(
      squadStreak([
        { today: TODAY, active: ana },
        { today: TODAY, active: caio },
      ]),
    ).toBe(4);
  });

  it("GIVEN one member missed a day without a freeze THEN the squad streak starts after it, and theirs alone breaks", () => {
    const ana = run("2026-12-01", 10);
    const caio = [...run("2026-12-01", 5), ...run("2026-12-07", 4)];
    expect(
      squadStreak([
        { today: TODAY, active: ana },
        { today: TODAY, active: caio },
      ]),
    ).toBe(4);
    // Ana's own streak is hers, whatever Caio did.
    expect(streakOn(TODAY, ana)).toBe(10);
  });

  it("GIVEN a member's freeze covered a missed day THEN it counts for the squad as their check-in", () => {
    // Caio's 7 days earned a freeze, spent on the 8th.
    const ana = run("2026-11-27", 14);
    const caio = [...run("2026-11-27", 7), ...run("2026-12-05", 6)];
    expect(streakOn(TODAY, caio)).toBe(13);
    expect(
      squadStreak([
        { today: TODAY, active: ana },
        { today: TODAY, active: caio },
      ]),
    ).toBe(14);
  });

  it("GIVEN a member paused for three days THEN the squad streak holds through the pause", () => {
    const ana = run("2026-12-03", 8);
    const caio = [...run("2026-12-03", 3), ...run("2026-12-09", 2)];
    const paused = run("2026-12-06", 3);
    expect(
      squadStreak([
        { today: TODAY, active: ana },
        { today: TODAY, active: caio, excused: paused },
      ]),
    ).toBe(8);
  });

  it("GIVEN every member excused on a day THEN it keeps the squad streak without adding to it", () => {
    const rest = ["2026-12-08"];
    const days = run("2026-12-05", 6).filter((d) => d !== "2026-12-08");
    expect(
      squadStreak([
        { today: TODAY, active: days, excused: rest },
        { today: TODAY, active: days, excused: rest },
      ]),
    ).toBe(5);
  });

  it("GIVEN a member a day behind in their zone THEN their day still open does not break the streak", () => {
    const ana = run("2026-12-06", 5); // through the 10th, her today
    const caio = run("2026-12-06", 4); // through the 9th, his today
    expect(
      squadStreak([
        { today: TODAY, active: ana },
        { today: "2026-12-09", active: caio },
      ]),
    ).toBe(4);
  });

  it("GIVEN a member with no check-in ever THEN the squad has no streak yet", () => {
    expect(
      squadStreak([
        { today: TODAY, active: run("2026-12-06", 5) },
        { today: TODAY, active: [] },
      ]),
    ).toBe(0);
    expect(squadStreak([])).toBe(0);
  });
});
