import { describe, expect, it } from "vitest";
import { decide } from "../../../src/core/nudges/decide.js";

const base = {
  slot: "morning" as const,
  dueAt: new Date("2026-12-03T12:00:00Z"),
  now: new Date("2026-12-03T12:00:00Z"),
  zone: "America/Sao_Paulo",
  reachable: true,
};

describe("decide", () => {
  it("GIVEN an ordinary due send THEN send", () => {
    expect(decide(base)).toEqual({ action: "send" });
  });

  it("GIVEN the bot was down THEN late sends go within the grace window and are skipped after it", () => {
    expect(decide({ ...base, now: new Date("2026-12-03T14:59:00Z") })).toEqual({ action: "send" });
    expect(decide({ ...base, now: new Date("2026-12-03T15:01:00Z") })).toEqual({
      action: "skip",
      reason: "late",
    });
    const recap = { ...base, slot: "recap" as const };
    expect(decide({ ...recap, now: new Date("2026-12-04T11:00:00Z") })).toEqual({ action: "send" });
    expect(decide({ ...recap, now: new Date("2026-12-04T12:01:00Z") })).toEqual({
      action: "skip",
      reason: "late",
    });
  });

  it("GIVEN quiet hours THEN wait until they end", () => {
    expect(decide({ ...base, quiet: { start: "08:00", end: "10:00" } })).toEqual({ action: "wait" });
    const after = new Date("2026-12-03T13:00:00Z");
    expect(decide({ ...base, now: after, quiet: { start: "08:00", end: "10:00" } })).toEqual({
      action: "send",
    });
  });

  it("GIVEN a pause through today THEN skipped; through yesterday THEN sent", () => {
    expect(decide({ ...base, pausedUntil: "2026-12-03" })).toEqual({ action: "skip", reason: "paused" });
    expect(decide({ ...base, pausedUntil: "2026-12-02" })).toEqual({ action: "send" });
  });

  it("GIVEN an unreachable member THEN skipped, not retried", () => {
    expect(decide({ ...base, reachable: false })).toEqual({ action: "skip", reason: "unreachable" });
  });

  it("GIVEN the evening saver THEN only for an open streak of 2 days or more", () => {
    const evening = { ...base, slot: "evening" as const };
    expect(decide({ ...evening, checkedInToday: false, streak: 2 })).toEqual({ action: "send" });
    expect(decide({ ...evening, checkedInToday: true, streak: 5 })).toEqual({
      action: "skip",
      reason: "checkedIn",
    });
    expect(decide({ ...evening, checkedInToday: false, streak: 1 })).toEqual({
      action: "skip",
      reason: "noStreak",
    });
  });

  describe("a plan reminder", () => {
    const plan = { ...base, slot: "plan" as const };

    it("GIVEN nothing logged on the block's day THEN send; after its block began THEN late", () => {
      expect(decide(plan)).toEqual({ action: "send" });
      expect(decide({ ...plan, now: new Date("2026-12-03T12:31:00Z") })).toEqual({
        action: "skip",
        reason: "late",
      });
    });

    it("GIVEN a check-in, a rest day, quiet hours or three days away THEN skipped, each for its reason", () => {
      expect(decide({ ...plan, checkedInToday: true })).toEqual({ action: "skip", reason: "checkedIn" });
      expect(decide({ ...plan, restDay: true })).toEqual({ action: "skip", reason: "rest" });
      // Held until quiet hours end, it would come after the block began: it is not sent at all.
      expect(decide({ ...plan, quiet: { start: "08:00", end: "10:00" } })).toEqual({
        action: "skip",
        reason: "quiet",
      });
      expect(decide({ ...plan, daysAway: 3 })).toEqual({ action: "skip", reason: "away" });
    });
  });

  it("GIVEN a send past the day's budget THEN skipped for it, but a quiet-hours wait comes first only when within it", () => {
    expect(decide({ ...base, overBudget: true })).toEqual({ action: "skip", reason: "budget" });
    expect(decide({ ...base, slot: "evening", streak: 3, overBudget: true })).toEqual({
      action: "skip",
      reason: "budget",
    });
  });

  it("GIVEN /remind done off THEN a morning after a check-in is skipped, one without is sent", () => {
    expect(decide({ ...base, skipWhenDone: true, checkedInToday: true })).toEqual({
      action: "skip",
      reason: "checkedIn",
    });
    expect(decide({ ...base, skipWhenDone: true, checkedInToday: false })).toEqual({ action: "send" });
    expect(decide({ ...base, checkedInToday: true })).toEqual({ action: "send" });
  });

  it("GIVEN a day that began before midnight (/daystart) THEN a pause through that day holds a send at 01:00", () => {
    // Friday 4 December 01:00 in São Paulo, still Thursday's for a member whose day starts at 04:00.
    const late = { ...base, slot: "evening" as const, streak: 3, dueAt: new Date("2026-12-04T04:00:00Z") };
    const now = late.dueAt;
    expect(decide({ ...late, now, pausedUntil: "2026-12-03" })).toEqual({ action: "send" });
    expect(decide({ ...late, now, day: "2026-12-03", pausedUntil: "2026-12-03" })).toEqual({
      action: "skip",
      reason: "paused",
    });
  });
});
