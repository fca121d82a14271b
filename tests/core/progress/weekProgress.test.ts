import { describe, expect, it } from "vitest";
import { weekGoalOf } from "../../../src/core/progress/goal.js";
import { progressBar, weekProgress } from "../../../src/core/progress/weekProgress.js";
import type { Roadmap } from "../../../src/core/roadmap/types.js";

const TWENTY = { minutes: 1200 };

describe("weekProgress", () => {
  it("GIVEN 4h30 by Saturday of a 20h week THEN 22%, the pace for the two days left, out of reach", () => {
    const week = weekProgress("2026-11-28", 270, TWENTY);
    expect(week).toMatchObject({
      start: "2026-11-23",
      end: "2026-11-29",
      targetMinutes: 1200,
      daysLeft: 2,
      paceMinutes: 465,
      percent: 22,
      // 7h45 a day is more than twice a 20h week's average day (2h51): no such demand.
      outOfReach: true,
      goodDayMinutes: 170,
      reachableMinutes: 270 + 2 * 170,
    });
  });

  it("GIVEN Monday with nothing logged THEN seven days to spread the target over", () => {
    expect(weekProgress("2026-11-23", 0, TWENTY)).toMatchObject({
      daysLeft: 7,
      paceMinutes: 172,
      percent: 0,
    });
  });

  it("GIVEN the target passed THEN no pace is needed and the percent is capped", () => {
    expect(weekProgress("2026-11-25", 1500, TWENTY)).toMatchObject({ paceMinutes: 0, percent: 100 });
  });

  it("GIVEN Sunday THEN today is the only day left", () => {
    expect(weekProgress("2026-11-29", 1140, TWENTY)).toMatchObject({ daysLeft: 1, paceMinutes: 60 });
  });

  it("GIVEN a pace past twice the member's average day THEN out of reach, judged against their own goal", () => {
    expect(weekProgress("2026-11-27", 600, TWENTY)).toMatchObject({ paceMinutes: 200, outOfReach: false });
    expect(weekProgress("2026-11-28", 500, TWENTY)).toMatchObject({ paceMinutes: 350, outOfReach: true });
    // A 10h goal's average day is 1h26: 2h a day on the last three days is fine, 3h is not.
    expect(weekProgress("2026-11-27", 240, { minutes: 600 })).toMatchObject({
      paceMinutes: 120,
      outOfReach: false,
    });
    expect(weekProgress("2026-11-27", 60, { minutes: 600 })).toMatchObject({
      paceMinutes: 180,
      outOfReach: true,
    });
    expect(weekProgress("2026-11-29", 1500, TWENTY)).toMatchObject({ paceMinutes: 0, outOfReach: false });
  });

  it("GIVEN days off THEN the target shrinks by a seventh for each, and the pace counts only the days left that count", () => {
    const off = new Set(["2026-11-23", "2026-11-24", "2026-11-28"]);
    expect(weekProgress("2026-11-25", 0, { minutes: 1200, off })).toMatchObject({
      targetMinutes: 685,
      daysLeft: 4,
      paceMinutes: 172,
    });
  });
});

describe("weekGoalOf", () => {
  const roadmap = { weeklyTargetHours: 20 } as Pick<Roadmap, "weeklyTargetHours"> as Roadmap;
  const member = { weeklyGoalMinutes: null, roadmapStart: null, restDays: [], pausedDays: [] };

  it("GIVEN no goal of their own THEN the roadmap's; GIVEN one THEN theirs", () => {
    expect(weekGoalOf(member, roadmap, "2026-12-02").minutes).toBe(1200);
    expect(weekGoalOf({ ...member, weeklyGoalMinutes: 600 }, roadmap, "2026-12-02").minutes).toBe(600);
  });

  it("GIVEN day 1 on a Wednesday THEN Monday and Tuesday are off that week, and no other", () => {
    const started = { ...member, roadmapStart: "2026-12-02" };
    const first = weekGoalOf(started, roadmap, "2026-12-03");
    expect([...(first.off ?? [])].sort()).toEqual(["2026-11-30", "2026-12-01"]);
    expect(weekProgress("2026-12-03", 0, first).targetMinutes).toBe(855);
    expect(weekProgress("2026-12-09", 0, weekGoalOf(started, roadmap, "2026-12-09")).targetMinutes).toBe(
      1200,
    );
    // A day 1 weeks ahead leaves this week's goal whole.
    expect(weekGoalOf({ ...member, roadmapStart: "2027-01-04" }, roadmap, "2026-12-03").off?.size).toBe(0);
  });

  it("GIVEN paused and rest days THEN they are off too", () => {
    const resting = { ...member, restDays: ["2026-12-06"], pausedDays: ["2026-12-03", "2026-12-04"] };
    expect(weekProgress("2026-12-01", 0, weekGoalOf(resting, roadmap, "2026-12-01")).targetMinutes).toBe(685);
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
