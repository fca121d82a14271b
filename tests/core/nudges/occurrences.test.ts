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

describe("plan reminders", () => {
  const planned = {
    ...ana,
    plan: {
      blocks: [
        { weekday: 1, start: "19:00", end: "21:00" },
        { weekday: 3, start: "00:15", end: "01:00" },
      ],
      ifThen: null,
    },
  };

  it("GIVEN blocks THEN the next reminder is 30 minutes before the next block, one before midnight for 00:15", () => {
    // Tuesday 1 December 12:00 in São Paulo: Tuesday's 19:00 block, then Thursday's 00:15 on Wednesday night.
    const tuesday = nextMemberSend("plan", planned, new Date("2026-12-01T15:00:00Z"));
    expect(tuesday?.toISOString()).toBe("2026-12-01T21:30:00.000Z");
    const wednesdayNight = nextMemberSend("plan", planned, tuesday ?? new Date());
    expect(wednesdayNight?.toISOString()).toBe("2026-12-03T02:45:00.000Z");
    expect(sendIdentity("plan", 7, wednesdayNight ?? new Date(), ana.timezone).key).toBe(
      "plan_reminder:m7:2026-12-03T00:15",
    );
  });

  it("GIVEN no blocks THEN no reminder", () => {
    expect(nextMemberSend("plan", ana, new Date("2026-12-01T15:00:00Z"))).toBeNull();
  });

  it("GIVEN Lisbon's clocks going back on 25 October THEN the reminder keeps the wall time", () => {
    const lisbon = {
      ...planned,
      roadmapStart: "2026-10-01",
      timezone: "Europe/Lisbon",
      plan: { blocks: [{ weekday: 6, start: "10:00", end: "11:00" }], ifThen: null },
    };
    expect(nextMemberSend("plan", lisbon, new Date("2026-10-24T12:00:00Z"))?.toISOString()).toBe(
      "2026-10-25T09:30:00.000Z",
    );
    expect(nextMemberSend("plan", lisbon, new Date("2026-10-17T12:00:00Z"))?.toISOString()).toBe(
      "2026-10-18T08:30:00.000Z",
    );
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
