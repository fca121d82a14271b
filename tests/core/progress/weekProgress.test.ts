import { describe, expect, it } from "vitest";
import { progressBar, weekProgress } from "../../../src/core/progress/weekProgress.js";

describe("weekProgress", () => {
  it("GIVEN 4h30 by Saturday of a 20h week THEN 22% and 7h45 a day for the two days left", () => {
    const week = weekProgress("2026-11-28", 270, 20);
    expect(week).toMatchObject({
      start: "2026-11-23",
      end: "2026-11-29",
      targetMinutes: 1200,
      daysLeft: 2,
      paceMinutes: 465,
      percent: 22,
    });
  });

  it("GIVEN Monday with nothing logged THEN seven days to spread the target over", () => {
    expect(weekProgress("2026-11-23", 0, 20)).toMatchObject({ daysLeft: 7, paceMinutes: 172, percent: 0 });
  });

  it("GIVEN the target passed THEN no pace is needed and the percent is capped", () => {
    expect(weekProgress("2026-11-25", 1500, 20)).toMatchObject({ paceMinutes: 0, percent: 100 });
  });

  it("GIVEN Sunday THEN today is the only day left", () => {
    expect(weekProgress("2026-11-29", 1140, 20)).toMatchObject({ daysLeft: 1, paceMinutes: 60 });
  });

  it("GIVEN a pace past eight hours a day THEN the target is out of reach, not a demand", () => {
    expect(weekProgress("2026-11-28", 270, 20)).toMatchObject({ paceMinutes: 465, outOfReach: false });
    expect(weekProgress("2026-11-28", 180, 20)).toMatchObject({ paceMinutes: 510, outOfReach: true });
    expect(weekProgress("2026-11-29", 300, 20)).toMatchObject({ paceMinutes: 900, outOfReach: true });
    expect(weekProgress("2026-11-29", 1500, 20)).toMatchObject({ paceMinutes: 0, outOfReach: false });
  });
});

describe("progressBar", () => {
  it("fills in proportion, within bounds", () => {
    expect(progressBar(0)).toBe("░░░░░░░░░░");
    expect(progressBar(22)).toBe("██░░░░░░░░");
    expect(progressBar(100)).toBe("██████████");
    expect(progressBar(250)).toBe("██████████");
  });
});
