import { describe, expect, it } from "vitest";
import {
  memberPointers,
  nextGroupSummary,
  nextMemberSend,
  sendIdentity,
} from "../../../src/core/nudges/occurrences.js";
import { EMPTY_PLAN } from "../../../src/core/plans/plan.js";

const ana = {
  timezone: "America/Sao_Paulo",
  remindTime: "09:00",
  eveningTime: "20:00",
  roadmapStart: "2026-11-23",
  plan: EMPTY_PLAN,
};

describe("member series", () => {
  it("GIVEN 08:59 local THEN the morning is due at 09:00 today; GIVEN 09:00 THEN tomorrow", () => {
    expect(nextMemberSend("morning", ana, new Date("2026-12-03T11:59:00Z"))?.toISOString()).toBe(
      "2026-12-03T12:00:00.000Z",
    );
    expect(nextMemberSend("morning", ana, new Date("2026-12-03T12:00:00Z"))?.toISOString()).toBe(
      "2026-12-04T12:00:00.000Z",
    );
  });

  it("GIVEN any day THEN the recap is Sunday 19:00 local", () => {
    expect(nextMemberSend("recap", ana, new Date("2026-12-03T12:00:00Z"))?.toISOString()).toBe(
      "2026-12-06T22:00:00.000Z",
    );
    const sydney = { ...ana, timezone: "Australia/Sydney" };
    expect(nextMemberSend("recap", sydney, new Date("2026-12-03T12:00:00Z"))?.toISOString()).toBe(
      "2026-12-06T08:00:00.000Z",
    );
  });

  it("GIVEN a start day next week THEN nothing is due before it", () => {
    const cohort = { ...ana, roadmapStart: "2026-12-07" };
    expect(memberPointers(cohort, new Date("2026-12-03T12:00:00Z"))).toEqual({
      morning: new Date("2026-12-07T12:00:00Z"),
      evening: new Date("2026-12-07T23:00:00Z"),
      recap: new Date("2026-12-13T22:00:00Z"),
      plan: null,
    });
  });

  it("GIVEN no start THEN nothing is scheduled", () => {
    expect(memberPointers({ ...ana, roadmapStart: null }, new Date())).toEqual({
      morning: null,
      evening: null,
      recap: null,
      plan: null,
    });
  });
});

describe("group series", () => {
  const group = {
    timezone: "Europe/Lisbon",
    summaryWeekday: 6,
    summaryTime: "20:00",
    summaryChannelId: "c1",
  };
  it("GIVEN a summary channel THEN the group's day and time in its zone", () => {
    expect(nextGroupSummary(group, new Date("2026-12-03T12:00:00Z"))?.toISOString()).toBe(
      "2026-12-06T20:00:00.000Z",
    );
  });
  it("GIVEN no summary channel THEN nothing", () => {
    expect(nextGroupSummary({ ...group, summaryChannelId: null }, new Date())).toBeNull();
  });
});

describe("sendIdentity", () => {
  it("names each send by kind, recipient and local period; Monday mornings are the weekly plan", () => {
    const zone = "America/Sao_Paulo";
    expect(sendIdentity("morning", 42, new Date("2026-12-03T12:00:00Z"), zone)).toEqual({
      kind: "daily",
      period: "2026-12-03",
      key: "daily:m42:2026-12-03",
    });
    expect(sendIdentity("morning", 42, new Date("2026-11-30T12:00:00Z"), zone).key).toBe(
      "weekly_plan:m42:2026-W49",
    );
    expect(sendIdentity("evening", 42, new Date("2026-12-03T23:00:00Z"), zone).key).toBe(
      "evening:m42:2026-12-03",
    );
    expect(sendIdentity("recap", 42, new Date("2026-12-06T22:00:00Z"), zone).key).toBe(
      "weekly_recap:m42:2026-W49",
    );
    expect(sendIdentity("summary", 7, new Date("2026-12-06T23:00:00Z"), zone).key).toBe(
      "group_summary:g7:2026-W49",
    );
  });
});
