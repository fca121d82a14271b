import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScheduleStore } from "../../src/core/nudges/ports.js";
import type { Store } from "../../src/core/ports.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  checkins,
  groupMembers,
  groups,
  identities,
  members,
  processedEvents,
} from "../../src/db/schema/index.js";
import { createStore, PROCESSED_EVENT_DAYS } from "../../src/db/store.js";
import { parseRoadmap } from "../../src/roadmapFile/load.js";
import { testDatabases } from "../support/databases.js";
import { readmeRoadmapYaml } from "../support/exampleRoadmap.js";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const ana = { platform: "telegram", platformUserId: "1001", displayName: "Ana" } as const;
const checkinOf = (memberId: number, eventId: string, minutes = 60, localDate = "2026-11-28") => ({
  memberId,
  minutes,
  localDate,
  note: null,
  recordedAt: new Date("2026-11-28T12:00:00Z"),
  platform: "telegram" as const,
  eventId,
});

/** The week of Monday 2026-11-23 and every active day up to its Sunday. */
const WEEK = {
  weekFrom: "2026-11-23",
  weekTo: "2026-11-29",
  activeUntil: "2026-11-29",
  activeLimit: 10,
};

const event = (eventId: string) => ({ platform: "telegram", eventId }) as const;

describe.each(storeBackends)("store on $name", (backend) => {
  let opened: OpenedStores;
  let store: Store;
  let schedule: ScheduleStore;
  beforeAll(async () => {
    opened = await backend.open();
    ({ store, schedule } = opened);
  });
  afterAll(() => opened.close());

  it("GIVEN a refused DM THEN the account reads as refused in groups until it writes in private", async () => {
    const bia = { platform: "discord", platformUserId: "dm-refused-1", displayName: "Bia" } as const;
    const zone = { timezone: "America/Sao_Paulo" };
    expect(await store.ensureMember(bia, zone)).toMatchObject({ dmRefused: false });
    await schedule.markUnreachable("discord", "dm-refused-1", new Date("2026-11-28T12:00:00Z"));
    expect(await store.ensureMember(bia, zone)).toMatchObject({ dmRefused: true });
    expect(await store.ensureMember(bia, { ...zone, privately: true })).toMatchObject({ dmRefused: false });
    expect(await store.ensureMember(bia, zone)).toMatchObject({ dmRefused: false });
  });

  it("GIVEN an account seen only in a server THEN its DMs read as unproven until a DM is delivered or it writes in private", async () => {
    const zone = { timezone: "America/Sao_Paulo" };
    const caio = { platform: "discord", platformUserId: "dm-unproven-1", displayName: "Caio" } as const;
    expect(await store.ensureMember(caio, zone)).toMatchObject({ dmRefused: false, dmUnproven: true });
    await schedule.markReached("discord", "dm-unproven-1", new Date("2026-11-28T12:00:00Z"));
    expect(await store.ensureMember(caio, zone)).toMatchObject({ dmRefused: false, dmUnproven: false });

    // A refusal after a delivery is a refusal; the next delivery clears it.
    await schedule.markUnreachable("discord", "dm-unproven-1", new Date("2026-11-29T12:00:00Z"));
    expect(await store.ensureMember(caio, zone)).toMatchObject({ dmRefused: true, dmUnproven: false });
    await schedule.markReached("discord", "dm-unproven-1", new Date("2026-11-30T12:00:00Z"));
    expect(await store.ensureMember(caio, zone)).toMatchObject({ dmRefused: false, dmUnproven: false });

    const duda = { platform: "discord", platformUserId: "dm-unproven-2", displayName: "Duda" } as const;
    await store.ensureMember(duda, zone);
    expect(await store.ensureMember(duda, { ...zone, privately: true })).toMatchObject({ dmUnproven: false });
    expect(await store.ensureMember(duda, zone)).toMatchObject({ dmUnproven: false });
    const eva = { platform: "discord", platformUserId: "dm-unproven-3", displayName: "Eva" } as const;
    expect(await store.ensureMember(eva, { ...zone, privately: true })).toMatchObject({ dmUnproven: false });
    expect(await store.ensureMember(eva, zone)).toMatchObject({ dmUnproven: false });
  });

  it("GIVEN one identity seen many times at once THEN one member", async () => {
    const seen = await Promise.all(
      Array.from({ length: 20 }, () => store.ensureMember(ana, { timezone: "America/Sao_Paulo" })),
    );
    expect(new Set(seen.map((m) => m.id)).size).toBe(1);
    expect(seen[0]).toMatchObject({
      displayName: "Ana",
      timezone: "America/Sao_Paulo",
      locale: null,
      roadmapStart: null,
    });
  });

  it("GIVEN a new display name THEN the member is renamed, not duplicated", async () => {
    const renamed = await store.ensureMember({ ...ana, displayName: "Ana Paula" }, { timezone: "UTC" });
    const first = await store.ensureMember(ana, { timezone: "UTC" });
    expect(first.id).toBe(renamed.id);
    expect(renamed.displayName).toBe("Ana Paula");
  });

  it("GIVEN the same user id on two platforms THEN two members", async () => {
    const onTelegram = await store.ensureMember(ana, { timezone: "UTC" });
    const onDiscord = await store.ensureMember({ ...ana, platform: "discord" }, { timezone: "UTC" });
    expect(onDiscord.id).not.toBe(onTelegram.id);
  });

  it("updates a member's settings", async () => {
    const member = await store.ensureMember(ana, { timezone: "UTC" });
    const updated = await store.updateMember(member.id, {
      timezone: "Europe/Lisbon",
      locale: "pt-BR",
      roadmapStart: "2026-12-07",
    });
    expect(updated).toMatchObject({ timezone: "Europe/Lisbon", locale: "pt-BR", roadmapStart: "2026-12-07" });
    await expect(store.updateMember(999_999, { timezone: "UTC" })).rejects.toThrow();
  });

  it("GIVEN a group seen many times THEN one group, renamed, with one membership", async () => {
    const member = await store.ensureMember(ana, { timezone: "UTC" });
    const group = {
      platform: "telegram",
      chatId: "-100",
      title: "MLOps BR",
      timezone: "America/Sao_Paulo",
    } as const;
    await Promise.all([1, 2, 3].map(() => store.ensureGroupMember(member.id, group)));
    await store.ensureGroupMember(member.id, { ...group, title: "MLOps Brasil" });
    const found = await schedule.groupByChat("telegram", "-100");
    expect(found).toMatchObject({
      title: "MLOps Brasil",
      timezone: "America/Sao_Paulo",
      publicCheckins: false,
    });
    const board = await schedule.groupMinutes(found?.id ?? 0, null, "2026-12-31");
    expect(board.map((m) => m.memberId)).toEqual([member.id]);
  });

  it("GIVEN a group that chose public check-ins THEN joining it reads the choice, and a new group starts private", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "1003" }, { timezone: "UTC" });
    const group = { platform: "discord", chatId: "g-public", title: "Server", timezone: "UTC" } as const;
    expect(await store.ensureGroupMember(member.id, group)).toMatchObject({
      publicCheckins: false,
      roadmapKey: null,
    });
    await schedule.setupGroup(
      { platform: "discord", chatId: "g-public", title: "Server" },
      {
        timezone: "UTC",
        summaryChannelId: null,
        summaryWeekday: 6,
        summaryTime: "20:00",
        locale: null,
        publicCheckins: true,
      },
    );
    expect(await store.ensureGroupMember(member.id, group)).toMatchObject({
      publicCheckins: true,
      roadmapKey: null,
    });
  });

  it("GIVEN one event delivered 50 times at once THEN it is recorded once", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "2002" }, { timezone: "UTC" });
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => store.recordCheckin(checkinOf(member.id, "update-7"), 1440, WEEK)),
    );
    expect(outcomes.filter((o) => o.kind === "recorded")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "duplicate")).toHaveLength(49);
    expect(await store.totalMinutes(member.id)).toBe(60);
  });

  it("GIVEN concurrent check-ins past 24h in a day THEN only those that fit are recorded", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "3003" }, { timezone: "UTC" });
    const outcomes = await Promise.all(
      ["a", "b", "c"].map((id) => store.recordCheckin(checkinOf(member.id, id, 600), 1440, WEEK)),
    );
    expect(outcomes.filter((o) => o.kind === "recorded")).toHaveLength(2);
    expect(outcomes.find((o) => o.kind === "dayFull")).toEqual({ kind: "dayFull", dayMinutes: 1200 });
    expect(await store.minutesBetween(member.id, "2026-11-28", "2026-11-28")).toBe(1200);
  });

  it("sums minutes in a date range and lists active days newest first", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "4004" }, { timezone: "UTC" });
    for (const [id, date] of [
      ["d1", "2026-11-20"],
      ["d2", "2026-11-23"],
      ["d3", "2026-11-23"],
      ["d4", "2026-11-29"],
      ["d5", "2026-11-30"],
    ] as const) {
      await store.recordCheckin(checkinOf(member.id, id, 30, date), 1440, WEEK);
    }
    expect(await store.minutesBetween(member.id, "2026-11-23", "2026-11-29")).toBe(90);
    expect(await store.totalMinutes(member.id)).toBe(150);
    expect(await store.activeDates(member.id, "2026-11-29", 10)).toEqual([
      "2026-11-29",
      "2026-11-23",
      "2026-11-20",
    ]);
    expect(await store.activeDates(member.id, "2026-11-29", 1)).toEqual(["2026-11-29"]);
  });

  it("GIVEN a check-in recorded THEN it comes back with the week's minutes and the active days in the window", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "4005" }, { timezone: "UTC" });
    await store.recordCheckin(checkinOf(member.id, "w1", 30, "2026-11-20"), 1440, WEEK);
    await store.recordCheckin(checkinOf(member.id, "w2", 45, "2026-11-24"), 1440, WEEK);
    await store.recordCheckin(checkinOf(member.id, "w3", 15, "2026-11-30"), 1440, WEEK);
    const outcome = await store.recordCheckin(
      { ...checkinOf(member.id, "w4", 90, "2026-11-28"), note: "pandas" },
      1440,
      { ...WEEK, activeLimit: 2 },
    );
    expect(outcome).toEqual({
      kind: "recorded",
      checkin: {
        id: expect.any(Number),
        minutes: 90,
        localDate: "2026-11-28",
        note: "pandas",
        recordedAt: new Date("2026-11-28T12:00:00Z"),
      },
      progress: { weekMinutes: 135, activeDates: ["2026-11-28", "2026-11-24"] },
    });
    const again = await store.recordCheckin(checkinOf(member.id, "w4", 90, "2026-11-28"), 1440, WEEK);
    expect(again).toEqual({
      kind: "duplicate",
      checkin: { ...(outcome.kind === "recorded" ? outcome.checkin : {}) },
    });
  });

  it("removes only the latest check-in, and only inside the window", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "5005" }, { timezone: "UTC" });
    const at = (iso: string, id: string, minutes: number) =>
      store.recordCheckin({ ...checkinOf(member.id, id, minutes), recordedAt: new Date(iso) }, 1440, WEEK);
    await at("2026-11-27T10:00:00Z", "old", 30);
    await at("2026-11-28T10:00:00Z", "newer", 45);
    await at("2026-11-28T11:00:00Z", "newest", 90);
    const window = new Date("2026-11-27T12:00:00Z");
    const latest = await store.latestCheckin(member.id, window);
    expect(latest).toMatchObject({ minutes: 90 });
    // Looking removes nothing; a removal meant for another entry than the latest removes nothing either.
    expect(await store.latestCheckin(member.id, window)).toEqual(latest);
    expect(await store.removeLatestCheckin(member.id, window, (latest?.id ?? 0) + 1000)).toBeNull();
    const removed = await store.removeLatestCheckin(member.id, window, latest?.id);
    expect(removed).toMatchObject({ minutes: 90 });
    expect(await store.removeLatestCheckin(member.id, new Date("2026-11-27T12:00:00Z"))).toMatchObject({
      minutes: 45,
    });
    expect(await store.removeLatestCheckin(member.id, new Date("2026-11-27T12:00:00Z"))).toBeNull();
    expect(await store.totalMinutes(member.id)).toBe(30);
  });

  it("refuses an out-of-range duration, and a check-in for no member", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "6007" }, { timezone: "UTC" });
    await expect(store.recordCheckin(checkinOf(member.id, "range-0", 0), 1440, WEEK)).rejects.toThrow();
    await expect(store.recordCheckin(checkinOf(member.id, "range-721", 721), 1440, WEEK)).rejects.toThrow();
    await expect(store.recordCheckin(checkinOf(999_999, "nobody"), 1440, WEEK)).rejects.toThrow();
    expect(await store.totalMinutes(member.id)).toBe(0);
  });

  it("GIVEN /forget THEN the member's check-ins, memberships and accounts are gone, and the account starts afresh", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "7008" }, { timezone: "UTC" });
    const group = { platform: "telegram", chatId: "-forget", title: "Bye", timezone: "UTC" } as const;
    await store.ensureGroupMember(member.id, group);
    await store.recordCheckin(checkinOf(member.id, "bye-2"), 1440, WEEK);
    await store.forgetMember(member.id);
    expect(await store.totalMinutes(member.id)).toBe(0);
    expect(await store.activeDates(member.id, "2026-12-31", 10)).toEqual([]);
    expect(await store.exportMember(member.id)).toMatchObject({ profile: null, accounts: [], checkins: [] });
    expect(await schedule.member(member.id)).toBeNull();
    const groupId = (await schedule.groupByChat("telegram", "-forget"))?.id ?? 0;
    expect(await schedule.groupMinutes(groupId, null, "2026-12-31")).toEqual([]);
    const again = await store.ensureMember({ ...ana, platformUserId: "7008" }, { timezone: "UTC" });
    expect(again.id).not.toBe(member.id);
  });

  it("/export lists what is stored about the member, table by table", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "7009" }, { timezone: "UTC" });
    await store.ensureGroupMember(member.id, {
      platform: "telegram",
      chatId: "-export",
      title: "Export",
      timezone: "UTC",
    });
    await store.recordCheckin(checkinOf(member.id, "export-1", 30, "2026-11-27"), 1440, WEEK);
    await store.recordCheckin(checkinOf(member.id, "export-2", 45, "2026-11-27"), 1440, WEEK);
    const link = "https://github.com/ana/churn";
    const tickedAt = new Date("2026-11-27T12:00:00Z");
    await store.tickTask(member.id, "mlops-90-dias", "p1", link, tickedAt, { verified: true, at: tickedAt });
    const data = await store.exportMember(member.id);
    expect(Object.keys(data).sort()).toEqual([
      "accounts",
      "checkinDays",
      "checkins",
      "groups",
      "linkCodes",
      "mockAnswers",
      "mockSessions",
      "oneOffSends",
      "profile",
      "scheduledMessages",
      "squads",
      "taskTicks",
    ]);
    expect(data).toMatchObject({
      profile: {
        id: member.id,
        displayName: "Ana",
        timezone: "UTC",
        remindTime: "09:00",
        nextMorningAt: null,
      },
      accounts: [
        { platform: "telegram", platformUserId: "7009", memberId: member.id, unreachableSince: null },
      ],
      groups: [{ platform: "telegram", chatId: "-export", title: "Export", joinedAt: expect.any(Date) }],
      checkins: [
        { minutes: 30, localDate: "2026-11-27", eventId: "export-1" },
        { minutes: 45, localDate: "2026-11-27", eventId: "export-2" },
      ],
      checkinDays: [{ localDate: "2026-11-27", minutes: 75 }],
      mockSessions: [],
      mockAnswers: [],
      scheduledMessages: [],
      taskTicks: [
        {
          roadmapId: "mlops-90-dias",
          taskId: "p1",
          evidence: link,
          tickedAt,
          verified: true,
          checkedAt: tickedAt,
        },
      ],
    });
  });

  it("GIVEN ticks THEN ticking again keeps the first tick unless a link comes, unticking says whether it was there, and /forget removes them", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "7010" }, { timezone: "UTC" });
    const first = new Date("2026-11-27T12:00:00Z");
    await store.tickTask(member.id, "mlops-90-dias", "w1.t2", null, first);
    await store.tickTask(member.id, "mlops-90-dias", "w1.t2", null, new Date("2026-11-28T12:00:00Z"));
    expect(await store.taskTicks(member.id, "mlops-90-dias")).toEqual(
      new Map([["w1.t2", { evidence: null, tickedAt: first, verified: null, checkedAt: null }]]),
    );
    const later = new Date("2026-11-29T12:00:00Z");
    await store.tickTask(member.id, "mlops-90-dias", "w1.t2", "https://example.org/notes", later);
    expect((await store.taskTicks(member.id, "mlops-90-dias")).get("w1.t2")).toEqual({
      evidence: "https://example.org/notes",
      tickedAt: later,
      verified: null,
      checkedAt: null,
    });
    // Another roadmap's ticks are its own.
    expect((await store.taskTicks(member.id, "data-eng")).size).toBe(0);
    expect(await store.untickTask(member.id, "mlops-90-dias", "w1.t2")).toBe(true);
    expect(await store.untickTask(member.id, "mlops-90-dias", "w1.t2")).toBe(false);
    await store.tickTask(member.id, "mlops-90-dias", "w1.t1", null, first);
    await store.forgetMember(member.id);
    expect((await store.taskTicks(member.id, "mlops-90-dias")).size).toBe(0);
  });

  it("GIVEN several members' ticks THEN one read returns each member's ids in that roadmap alone", async () => {
    const [one, two, none] = await Promise.all(
      ["7020", "7021", "7022"].map((id) =>
        store.ensureMember({ ...ana, platformUserId: id }, { timezone: "UTC" }),
      ),
    );
    if (one === undefined || two === undefined || none === undefined) throw new Error("no members");
    const at = new Date("2026-11-27T12:00:00Z");
    await store.tickTask(one.id, "mlops-90-dias", "w1.t1", null, at);
    await store.tickTask(one.id, "mlops-90-dias", "w1.t3", null, at);
    await store.tickTask(two.id, "mlops-90-dias", "w1.t2", null, at);
    await store.tickTask(two.id, "g1:dados", "w1.t1", null, at);
    expect(await store.tickedTaskIds([one.id, two.id, none.id], "mlops-90-dias")).toEqual(
      new Map([
        [one.id, new Set(["w1.t1", "w1.t3"])],
        [two.id, new Set(["w1.t2"])],
      ]),
    );
    expect(await store.tickedTaskIds([], "mlops-90-dias")).toEqual(new Map());
  });

  it("GIVEN a group choosing a roadmap THEN its members and later joiners follow it; an uploaded one is kept and replaced by key", async () => {
    const group = { platform: "telegram" as const, chatId: "-roadmaps", title: "Dados", timezone: "UTC" };
    const early = await store.ensureMember({ ...ana, platformUserId: "7030" }, { timezone: "UTC" });
    const elsewhere = await store.ensureMember({ ...ana, platformUserId: "7031" }, { timezone: "UTC" });
    const { id: groupId } = await store.ensureGroupMember(early.id, group);
    const definition = parseRoadmap(await readmeRoadmapYaml(), "dados.yaml");
    await store.saveGroupRoadmap(groupId, `g${groupId}:dados`, definition, new Date("2026-12-01T12:00:00Z"));
    expect(await store.groupRoadmap(`g${groupId}:dados`)).toEqual(definition);
    const changed = { ...definition, weeklyTargetHours: 10 };
    await store.saveGroupRoadmap(groupId, `g${groupId}:dados`, changed, new Date("2026-12-02T12:00:00Z"));
    expect(await store.groupRoadmap(`g${groupId}:dados`)).toEqual(changed);
    expect(await store.groupRoadmap("g999:dados")).toBeNull();

    expect(await store.chooseGroupRoadmap(groupId, `g${groupId}:dados`)).toBe(1);
    expect(await store.roadmapKeyOf({ platform: "telegram", platformUserId: "7030" })).toBe(
      `g${groupId}:dados`,
    );
    expect(await store.roadmapKeyOf({ platform: "telegram", platformUserId: "7031" })).toBeNull();
    expect(await store.roadmapKeyOf({ platform: "telegram", platformUserId: "nobody" })).toBeNull();
    // Joining reads the group's choice and makes it the member's.
    expect(await store.ensureGroupMember(elsewhere.id, group)).toMatchObject({
      roadmapKey: `g${groupId}:dados`,
    });
    expect(await store.roadmapKeyOf({ platform: "telegram", platformUserId: "7031" })).toBe(
      `g${groupId}:dados`,
    );
    expect(await store.chooseGroupRoadmap(groupId, null)).toBe(2);
    expect(await store.roadmapKeyOf({ platform: "telegram", platformUserId: "7030" })).toBeNull();
  });

  it("GIVEN a checked link THEN the tick keeps the check; a new link replaces it, a bare tick again keeps it", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "7011" }, { timezone: "UTC" });
    const at = new Date("2026-12-01T12:00:00Z");
    const tick = () => store.taskTicks(member.id, "mlops-90-dias").then((ticks) => ticks.get("p1"));
    await store.tickTask(member.id, "mlops-90-dias", "p1", "https://github.com/ana/nada", at, {
      verified: false,
      at,
    });
    expect(await tick()).toMatchObject({ verified: false, checkedAt: at });
    const later = new Date("2026-12-02T12:00:00Z");
    await store.tickTask(member.id, "mlops-90-dias", "p1", "https://github.com/ana/churn", later, {
      verified: true,
      at: later,
    });
    await store.tickTask(member.id, "mlops-90-dias", "p1", null, new Date("2026-12-03T12:00:00Z"));
    expect(await tick()).toEqual({
      evidence: "https://github.com/ana/churn",
      tickedAt: later,
      verified: true,
      checkedAt: later,
    });
    // GitHub did not answer: the new link stands unchecked, not with the old link's check.
    await store.tickTask(member.id, "mlops-90-dias", "p1", "https://github.com/ana/outro", later, null);
    expect(await tick()).toMatchObject({ verified: null, checkedAt: null });
  });

  describe("once per event", () => {
    it("GIVEN work that fails THEN nothing it wrote is kept, and a redelivery runs it; once it succeeds, its reply is kept", async () => {
      const member = await store.ensureMember({ ...ana, platformUserId: "8001" }, { timezone: "UTC" });
      await expect(
        store.onceForEvent(event("fails-once"), async (tx) => {
          await tx.store.updateMember(member.id, { remindTime: "06:00" });
          await tx.store.recordCheckin(checkinOf(member.id, "inside-failed"), 1440, WEEK);
          throw new Error("the platform went away");
        }),
      ).rejects.toThrow("the platform went away");
      expect(
        (await store.ensureMember({ ...ana, platformUserId: "8001" }, { timezone: "UTC" })).remindTime,
      ).toBe("09:00");
      expect(await store.totalMinutes(member.id)).toBe(0);

      const reply = await store.onceForEvent(event("fails-once"), async (tx) => {
        await tx.store.updateMember(member.id, { remindTime: "06:00" });
        return { reply: { text: "set to 06:00" }, memberId: member.id };
      });
      expect(reply).toEqual({ text: "set to 06:00" });
      let ranAgain = false;
      const redelivered = await store.onceForEvent(event("fails-once"), async () => {
        ranAgain = true;
        return { reply: { text: "again" }, memberId: member.id };
      });
      expect(redelivered).toEqual({ text: "set to 06:00" });
      expect(ranAgain).toBe(false);
    });

    it("GIVEN one event delivered ten times at once THEN the work runs once and every delivery gets its reply", async () => {
      const member = await store.ensureMember({ ...ana, platformUserId: "8002" }, { timezone: "UTC" });
      let runs = 0;
      const replies = await Promise.all(
        Array.from({ length: 10 }, () =>
          store.onceForEvent(event("at-once"), async () => {
            runs += 1;
            return { reply: { text: "done", audience: "group" as const }, memberId: member.id };
          }),
        ),
      );
      expect(runs).toBe(1);
      expect(replies).toEqual(Array.from({ length: 10 }, () => ({ text: "done", audience: "group" })));
    });

    it("GIVEN the work's writes THEN they are seen inside it, and outside once it ends", async () => {
      const member = await store.ensureMember({ ...ana, platformUserId: "8004" }, { timezone: "UTC" });
      const reply = await store.onceForEvent(event("reads-own"), async (tx) => {
        await tx.store.recordCheckin(checkinOf(member.id, "own-write", 30), 1440, WEEK);
        const minutes = await tx.store.totalMinutes(member.id);
        await tx.schedule.setupGroup(
          { platform: "telegram", chatId: "-own", title: "Own" },
          {
            timezone: "UTC",
            summaryChannelId: "-own",
            summaryWeekday: 6,
            summaryTime: "20:00",
            locale: null,
            publicCheckins: false,
          },
        );
        return { reply: { text: `${minutes} minutes` }, memberId: member.id };
      });
      expect(reply).toEqual({ text: "30 minutes" });
      expect(await store.totalMinutes(member.id)).toBe(30);
      expect(await schedule.groupByChat("telegram", "-own")).toMatchObject({ summaryChannelId: "-own" });
    });

    it("GIVEN the member forgotten by the work THEN the reply is kept for a redelivery all the same", async () => {
      const member = await store.ensureMember({ ...ana, platformUserId: "8005" }, { timezone: "UTC" });
      const forget = () =>
        store.onceForEvent(event("forgets"), async (tx) => {
          await tx.store.forgetMember(member.id);
          return { reply: { text: "forgotten" }, memberId: member.id };
        });
      expect(await forget()).toEqual({ text: "forgotten" });
      expect(await forget()).toEqual({ text: "forgotten" });
      expect(await store.exportMember(member.id)).toMatchObject({ profile: null });
    });
  });
});

describe.each(testDatabases)("store's rows on $name", (database) => {
  let handle: DatabaseHandle;
  let store: Store;
  beforeAll(async () => {
    handle = await database.open();
    store = createStore(handle.db);
  });
  afterAll(() => handle.close());

  it("GIVEN one identity THEN one member, however often and concurrently it is seen", async () => {
    const seen = await Promise.all(
      Array.from({ length: 20 }, () => store.ensureMember(ana, { timezone: "America/Sao_Paulo" })),
    );
    expect(new Set(seen.map((m) => m.id)).size).toBe(1);
    const rows = await handle.db.select().from(identities).where(eq(identities.platformUserId, "1001"));
    expect(rows).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      displayName: "Ana",
      timezone: "America/Sao_Paulo",
      locale: null,
      roadmapStart: null,
    });
  });

  it("GIVEN the same user id on two platforms THEN two members until they are linked", async () => {
    const onTelegram = await store.ensureMember(ana, { timezone: "UTC" });
    const onDiscord = await store.ensureMember({ ...ana, platform: "discord" }, { timezone: "UTC" });
    expect(onDiscord.id).not.toBe(onTelegram.id);
    // A second identity pointing at the same member is what linking a platform will write.
    await handle.db
      .insert(identities)
      .values({ platform: "console", platformUserId: "ana", memberId: onTelegram.id });
    const linked = await store.ensureMember(
      { platform: "console", platformUserId: "ana", displayName: "Ana" },
      {
        timezone: "UTC",
      },
    );
    expect(linked.id).toBe(onTelegram.id);
  });

  it("GIVEN a group seen many times THEN one group and one membership", async () => {
    const member = await store.ensureMember(ana, { timezone: "UTC" });
    const group = {
      platform: "telegram",
      chatId: "-100",
      title: "MLOps BR",
      timezone: "America/Sao_Paulo",
    } as const;
    await Promise.all([1, 2, 3].map(() => store.ensureGroupMember(member.id, group)));
    await store.ensureGroupMember(member.id, { ...group, title: "MLOps Brasil" });
    const [row] = await handle.db.select().from(groups).where(eq(groups.chatId, "-100"));
    expect(row?.title).toBe("MLOps Brasil");
    const memberships = await handle.db
      .select()
      .from(groupMembers)
      .where(eq(groupMembers.memberId, member.id));
    expect(memberships).toHaveLength(1);
  });

  it("GIVEN a group whose row says public check-ins THEN joining it reads the choice", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "1003" }, { timezone: "UTC" });
    const group = { platform: "discord", chatId: "g-public", title: "Server", timezone: "UTC" } as const;
    expect(await store.ensureGroupMember(member.id, group)).toMatchObject({
      publicCheckins: false,
      roadmapKey: null,
    });
    await handle.db.update(groups).set({ publicCheckins: true }).where(eq(groups.chatId, "g-public"));
    expect(await store.ensureGroupMember(member.id, group)).toMatchObject({
      publicCheckins: true,
      roadmapKey: null,
    });
  });

  it("the database itself refuses a repeated event and an out-of-range duration", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "6006" }, { timezone: "UTC" });
    await handle.db.insert(checkins).values(checkinOf(member.id, "raw-1"));
    await expect(handle.db.insert(checkins).values(checkinOf(member.id, "raw-1"))).rejects.toThrow();
    await expect(handle.db.insert(checkins).values(checkinOf(member.id, "raw-2", 0))).rejects.toThrow();
    await expect(handle.db.insert(checkins).values(checkinOf(member.id, "raw-3", 721))).rejects.toThrow();
  });

  it("deleting a member deletes their identities, memberships and check-ins", async () => {
    const member = await store.ensureMember({ ...ana, platformUserId: "7007" }, { timezone: "UTC" });
    await store.recordCheckin(checkinOf(member.id, "bye"), 1440, WEEK);
    await handle.db.delete(members).where(eq(members.id, member.id));
    const [left] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(checkins)
      .where(eq(checkins.memberId, member.id));
    expect(Number(left?.n)).toBe(0);
  });

  describe("once per event", () => {
    const recordOf = (eventId: string) =>
      handle.db.select().from(processedEvents).where(eq(processedEvents.eventId, eventId));

    it("GIVEN work that fails THEN nothing it wrote is kept, nor the record, and a redelivery runs it", async () => {
      const member = await store.ensureMember({ ...ana, platformUserId: "8001" }, { timezone: "UTC" });
      await expect(
        store.onceForEvent(event("fails-once"), async (tx) => {
          await tx.store.updateMember(member.id, { remindTime: "06:00" });
          throw new Error("the platform went away");
        }),
      ).rejects.toThrow("the platform went away");
      expect(
        (await store.ensureMember({ ...ana, platformUserId: "8001" }, { timezone: "UTC" })).remindTime,
      ).toBe("09:00");
      expect(await recordOf("fails-once")).toEqual([]);

      const reply = await store.onceForEvent(event("fails-once"), async (tx) => {
        await tx.store.updateMember(member.id, { remindTime: "06:00" });
        return { reply: { text: "set to 06:00" }, memberId: member.id };
      });
      expect(reply).toEqual({ text: "set to 06:00" });
      expect(await recordOf("fails-once")).toMatchObject([
        { memberId: member.id, replyText: "set to 06:00" },
      ]);
    });

    it(`GIVEN records older than ${PROCESSED_EVENT_DAYS} days THEN the next command removes them, and keeps newer ones`, async () => {
      const member = await store.ensureMember({ ...ana, platformUserId: "8003" }, { timezone: "UTC" });
      const aged = (eventId: string, hours: number) => ({
        platform: "telegram",
        eventId,
        memberId: member.id,
        replyText: "old",
        processedAt: sql`now() - make_interval(hours => ${hours})`,
      });
      await handle.db
        .insert(processedEvents)
        .values([
          aged("expired", PROCESSED_EVENT_DAYS * 24 + 1),
          aged("recent", PROCESSED_EVENT_DAYS * 24 - 1),
        ]);
      await store.onceForEvent(event("trigger-prune"), async () => ({
        reply: { text: "ok" },
        memberId: member.id,
      }));
      expect(await recordOf("expired")).toEqual([]);
      expect(await recordOf("recent")).toHaveLength(1);
    });
  });
});
