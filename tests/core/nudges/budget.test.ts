import { describe, expect, it } from "vitest";
import { DAILY_BUDGET, daySchedule, overBudget } from "../../../src/core/nudges/budget.js";
import type { PlanBlock } from "../../../src/core/plans/plan.js";

/** Tuesday 1 December 2026 in São Paulo (UTC-3). */
const DAY = "2026-12-01";
const local = (time: string, day = DAY) => {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCHours(h + 3, m);
  return at;
};
const block = (weekday: number, start: string, end: string): PlanBlock => ({ weekday, start, end });

const member = (
  blocks: PlanBlock[],
  over: Partial<{ eveningTime: string | null; dayStart: string }> = {},
) => ({
  timezone: "America/Sao_Paulo",
  remindTime: "09:00",
  eveningTime: "20:00",
  roadmapStart: "2026-11-30",
  dayStart: null,
  plan: { blocks, ifThen: null },
  ...over,
});

describe("the daily message budget", () => {
  it("GIVEN morning, evening and one block THEN all three go", () => {
    const m = member([block(1, "19:00", "21:00")]);
    expect(daySchedule(m, DAY)).toHaveLength(DAILY_BUDGET);
    for (const [slot, at] of [
      ["morning", "09:00"],
      ["plan", "18:30"],
      ["evening", "20:00"],
    ] as const) {
      expect(overBudget(m, slot, local(at), DAY)).toBe(false);
    }
  });

  it("GIVEN three blocks in a day THEN the morning, the first reminder and the evening go, later reminders are dropped", () => {
    const m = member([block(1, "07:00", "08:00"), block(1, "12:00", "13:00"), block(1, "19:00", "21:00")]);
    expect(overBudget(m, "morning", local("09:00"), DAY)).toBe(false);
    expect(overBudget(m, "plan", local("06:30"), DAY)).toBe(false);
    expect(overBudget(m, "evening", local("20:00"), DAY)).toBe(false);
    expect(overBudget(m, "plan", local("11:30"), DAY)).toBe(true);
    expect(overBudget(m, "plan", local("18:30"), DAY)).toBe(true);
  });

  it("GIVEN a Sunday with a block THEN the recap outranks the evening saver", () => {
    const sunday = "2026-12-06";
    const m = member([block(6, "10:00", "12:00")]);
    expect(overBudget(m, "plan", local("09:30", sunday), sunday)).toBe(false);
    expect(overBudget(m, "recap", local("19:00", sunday), sunday)).toBe(false);
    expect(overBudget(m, "evening", local("20:00", sunday), sunday)).toBe(true);
  });

  it("GIVEN the evening saver turned off THEN a second reminder fits", () => {
    const m = member([block(1, "07:00", "08:00"), block(1, "19:00", "21:00")], { eveningTime: null });
    expect(overBudget(m, "plan", local("18:30"), DAY)).toBe(false);
  });

  it("GIVEN a day start of 04:00 THEN a reminder at 01:30 belongs to the day before's budget", () => {
    const m = member([block(1, "07:00", "08:00"), block(2, "02:00", "03:00")], { dayStart: "04:00" });
    // Wednesday 01:30 is still Tuesday: morning, 06:30, 20:00 and 01:30 — the last one is dropped.
    expect(daySchedule(m, DAY).map((s) => s.slot)).toEqual(["morning", "plan", "plan", "evening"]);
    expect(overBudget(m, "plan", local("01:30", "2026-12-02"), DAY)).toBe(true);
  });
});
