// The ScheduleStore port on every backend: due pointers, claims recorded once per key, leases counted on the
// database's clock (a negative lease is one already run out), recipients and the figures sends report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim, ScheduleStore } from "../../src/core/nudges/ports.js";
import type { Store } from "../../src/core/ports.js";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const T0 = new Date("2026-11-28T12:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const LEASE = 60_000;
const NONE = { morning: null, evening: null, recap: null, plan: null };
const WEEK = { weekFrom: "2026-11-23", weekTo: "2026-11-29", activeUntil: "2026-11-29", activeLimit: 10 };

describe.each(storeBackends)("schedule store on $name", (backend) => {
  let opened: OpenedStores;
  let store: Store;
  let schedule: ScheduleStore;
  beforeAll(async () => {
    opened = await backend.open();
    ({ store, schedule } = opened);
  });
  afterAll(() => opened.close());

  let users = 0;
  async function member(platform: "telegram" | "discord" = "telegram") {
    users += 1;
    return store.ensureMember(
      { platform, platformUserId: `s${users}`, displayName: `Member ${users}` },
      { timezone: "UTC" },
    );
  }
  const claimOf = (subjectId: number, dueAt: Date, patch: Partial<Claim> = {}): Claim => ({
    subjectId,
    dueAt,
    key: `daily:m${subjectId}:${dueAt.toISOString()}`,
    kind: "daily",
    next: new Date(dueAt.getTime() + 24 * 60 * 60_000),
    state: "claimed",
    detail: null,
    ...patch,
  });
  const checkin = (memberId: number, eventId: string, minutes: number, localDate: string) =>
    store.recordCheckin(
      { memberId, minutes, localDate, note: null, recordedAt: T0, platform: "telegram", eventId },
      1440,
      WEEK,
    );

  it("GIVEN pointers due THEN the slots and the members are found, oldest first, and a claim moves the pointer once", async () => {
    expect(await schedule.dueSlots(T0)).toEqual(new Set());
    const [a, b, c] = [await member(), await member(), await member()];
    if (a === undefined || b === undefined || c === undefined) throw new Error("no members");
    await store.updateMember(a.id, { pointers: { ...NONE, morning: minutes(-10) } });
    await store.updateMember(b.id, { pointers: { ...NONE, morning: minutes(-20), evening: minutes(5) } });
    await store.updateMember(c.id, { pointers: { ...NONE, morning: minutes(30) } });
    expect(await schedule.dueSlots(T0)).toEqual(new Set(["morning"]));
    expect(await schedule.dueSlots(minutes(5))).toEqual(new Set(["morning", "evening"]));

    const due = await schedule.dueMembers("morning", T0, 10);
    expect(due.map((d) => [d.member.id, d.dueAt])).toEqual([
      [b.id, minutes(-20)],
      [a.id, minutes(-10)],
    ]);
    expect(due[0]?.member).toMatchObject({
      displayName: b.displayName,
      dm: { platform: "telegram", platformUserId: `s${users - 1}`, unreachable: false },
    });
    expect(await schedule.dueMembers("morning", T0, 1)).toHaveLength(1);

    const meta = { leaseMs: LEASE, instance: "one", now: T0 };
    const first = claimOf(b.id, minutes(-20), { next: null });
    const stale = claimOf(a.id, minutes(-11));
    expect(await schedule.claimMany("morning", [first, stale], meta)).toEqual(new Set([first.key]));
    // The pointer moved: the same claim again, from another instance, records nothing.
    expect(await schedule.claimMany("morning", [first], { ...meta, instance: "two" })).toEqual(new Set());
    expect(await schedule.recordedKeys([first.key, stale.key, "never"])).toEqual(new Set([first.key]));
    expect((await schedule.dueMembers("morning", T0, 10)).map((d) => d.member.id)).toEqual([a.id]);
    expect(await schedule.claimMany("morning", [], meta)).toEqual(new Set());
  });

  it("GIVEN a key already recorded THEN a later claim moves the pointer but records nothing", async () => {
    const m = await member();
    await store.updateMember(m.id, { pointers: { ...NONE, recap: minutes(-1) } });
    const meta = { leaseMs: LEASE, instance: "one", now: T0 };
    const claim = claimOf(m.id, minutes(-1), {
      key: `recap:m${m.id}`,
      kind: "weekly_recap",
      next: minutes(60),
    });
    expect(await schedule.claimMany("recap", [claim], meta)).toEqual(new Set([claim.key]));
    await store.updateMember(m.id, { pointers: { ...NONE, recap: minutes(-1) } });
    expect(await schedule.claimMany("recap", [claim], meta)).toEqual(new Set());
    expect(await schedule.dueSlots(T0)).not.toContain("recap");
  });

  it("GIVEN a claim THEN only its instance holds, finishes or retries it; an expired lease is retaken by another", async () => {
    const m = await member();
    await store.updateMember(m.id, { pointers: { ...NONE, evening: minutes(-1) } });
    const claim = claimOf(m.id, minutes(-1), { key: `evening:m${m.id}`, kind: "evening" });
    // A lease of -1 s has already run out by the database's clock.
    await schedule.claimMany("evening", [claim], { leaseMs: -1000, instance: "dead", now: T0 });
    expect(await schedule.retakeExpired("alive", LEASE, T0, 10)).toEqual([
      { key: claim.key, kind: "evening", slot: "evening", subjectId: m.id, dueAt: minutes(-1), attempts: 0 },
    ]);
    // Held again: nobody else retakes it, and the old claimer no longer owns it.
    expect(await schedule.retakeExpired("third", LEASE, T0, 10)).toEqual([]);
    expect(await schedule.holdClaim(claim.key, "dead", LEASE)).toBe(false);
    expect(await schedule.finish(claim.key, "dead", "sent", null, T0)).toBe(false);
    expect(await schedule.holdClaim(claim.key, "alive", LEASE)).toBe(true);

    expect(await schedule.retryAfter(claim.key, "alive", -1000, "rate limited", T0)).toBe(true);
    const [retried] = await schedule.retakeExpired("alive", LEASE, T0, 10);
    expect(retried).toMatchObject({ key: claim.key, attempts: 1 });

    expect(await schedule.finish(claim.key, "alive", "sent", null, T0)).toBe(true);
    expect(await schedule.finish(claim.key, "alive", "failed", "again", T0)).toBe(false);
    expect(await schedule.holdClaim(claim.key, "alive", LEASE)).toBe(false);
    expect(await schedule.retakeExpired("alive", -1000, T0, 10)).toEqual([]);
  });

  it("GIVEN claims handed back THEN the next retake anywhere takes them, and a skipped claim is never leased", async () => {
    const [a, b] = [await member(), await member()];
    if (a === undefined || b === undefined) throw new Error("no members");
    for (const m of [a, b]) await store.updateMember(m.id, { pointers: { ...NONE, morning: minutes(-1) } });
    const kept = claimOf(a.id, minutes(-1), { key: `handed:m${a.id}` });
    const skipped = claimOf(b.id, minutes(-1), { key: `skipped:m${b.id}`, state: "skipped", detail: "late" });
    const recorded = await schedule.claimMany("morning", [kept, skipped], {
      leaseMs: LEASE,
      instance: "stopping",
      now: T0,
    });
    expect(recorded).toEqual(new Set([kept.key, skipped.key]));
    expect(await schedule.retakeExpired("other", LEASE, T0, 10)).toEqual([]);
    await schedule.releaseClaims([kept.key, skipped.key], "not-mine");
    expect(await schedule.retakeExpired("other", LEASE, T0, 10)).toEqual([]);
    await schedule.releaseClaims([kept.key, skipped.key], "stopping");
    expect((await schedule.retakeExpired("other", LEASE, T0, 10)).map((c) => c.key)).toEqual([kept.key]);
    await schedule.releaseClaims([], "other");
  });

  it("GIVEN an account that refused a DM THEN it shows as unreachable until the member writes in private", async () => {
    const m = await member("telegram");
    expect((await schedule.member(m.id))?.dm).toEqual({
      platform: "telegram",
      platformUserId: `s${users}`,
      unreachable: false,
    });
    await schedule.markUnreachable("telegram", `s${users}`, T0);
    expect((await schedule.member(m.id))?.dm).toMatchObject({ unreachable: true });
    const back = { platform: "telegram" as const, platformUserId: `s${users}`, displayName: "Back" };
    await store.ensureMember(back, { timezone: "UTC" });
    expect((await schedule.member(m.id))?.dm).toMatchObject({ unreachable: true });
    await store.ensureMember(back, { timezone: "UTC", privately: true });
    expect((await schedule.member(m.id))?.dm).toMatchObject({ unreachable: false });
    expect(await schedule.member(999_999)).toBeNull();

    const started = await member();
    await store.updateMember(started.id, { roadmapStart: "2026-11-23" });
    const ids = (await schedule.startedMembers()).map((r) => r.id);
    expect(ids).toContain(started.id);
    expect(ids).not.toContain(m.id);
  });

  it("GIVEN /setup THEN the group is created or updated by chat, and its summary pointer is due", async () => {
    const settings = {
      timezone: "America/Sao_Paulo",
      summaryChannelId: "channel-1",
      summaryWeekday: 6,
      summaryTime: "20:00",
      locale: "pt-BR" as const,
      publicCheckins: true,
    };
    const created = await schedule.setupGroup(
      { platform: "discord", chatId: "guild-1", title: "Guild" },
      settings,
    );
    expect(created).toEqual({
      id: expect.any(Number),
      platform: "discord",
      chatId: "guild-1",
      title: "Guild",
      ...settings,
      summaryThreadId: null,
      roadmapKey: null,
    });
    const again = await schedule.setupGroup(
      { platform: "discord", chatId: "guild-1", title: "Guild renamed" },
      { ...settings, summaryTime: "19:00" },
    );
    expect(again).toMatchObject({ id: created.id, title: "Guild renamed", summaryTime: "19:00" });
    expect(await schedule.groupByChat("discord", "guild-1")).toEqual(again);
    expect(await schedule.groupByChat("telegram", "guild-1")).toBeNull();
    expect(await schedule.group(created.id)).toEqual(again);
    expect(await schedule.group(999_999)).toBeNull();
    expect((await schedule.groupsWithSummary()).map((g) => g.id)).toContain(created.id);

    expect(await schedule.dueGroups(T0, 10)).toEqual([]);
    await schedule.setGroupPointer(created.id, minutes(-5));
    expect(await schedule.dueSlots(T0)).toContain("summary");
    expect(await schedule.dueGroups(T0, 10)).toEqual([{ group: again, dueAt: minutes(-5) }]);
    const key = `group_summary:g${created.id}`;
    const summary = { ...claimOf(created.id, minutes(-5)), key, kind: "group_summary" as const, next: null };
    expect(
      await schedule.claimMany("summary", [summary], { leaseMs: LEASE, instance: "one", now: T0 }),
    ).toEqual(new Set([key]));
    expect(await schedule.dueGroups(T0, 10)).toEqual([]);
  });

  it("sums a member's days, a group's members and a group's weeks", async () => {
    const [a, b, c] = [await member(), await member(), await member()];
    if (a === undefined || b === undefined || c === undefined) throw new Error("no members");
    const group = { platform: "telegram", chatId: "-figures", title: "Figures", timezone: "UTC" } as const;
    for (const m of [a, b, c]) await store.ensureGroupMember(m.id, group);
    await store.updateMember(b.id, { leaderboardOptOut: true });
    await checkin(a.id, "f1", 30, "2026-11-16");
    await checkin(a.id, "f2", 60, "2026-11-24");
    await checkin(a.id, "f3", 15, "2026-11-24");
    await checkin(b.id, "f4", 120, "2026-11-29");
    await checkin(b.id, "f5", 45, "2026-11-30");
    await schedule.markUnreachable("telegram", `s${users - 1}`, T0);

    expect(await schedule.dailyMinutes(a.id, "2026-11-20", "2026-11-30")).toEqual(
      new Map([["2026-11-24", 75]]),
    );
    const groupId = (await schedule.groupByChat("telegram", "-figures"))?.id ?? 0;
    // Each row carries what the member's own goal and streak rest on.
    const goal = { weeklyGoalMinutes: null, roadmapStart: null, restDays: [], pausedDays: [] };
    expect(await schedule.groupMinutes(groupId, "2026-11-23", "2026-11-29")).toEqual([
      { memberId: b.id, displayName: b.displayName, optedOut: true, minutes: 120, unreachable: true, goal },
      { memberId: a.id, displayName: a.displayName, optedOut: false, minutes: 75, unreachable: false, goal },
      { memberId: c.id, displayName: c.displayName, optedOut: false, minutes: 0, unreachable: false, goal },
    ]);
    expect((await schedule.groupMinutes(groupId, null, "2026-12-31")).map((m) => m.minutes)).toEqual([
      165, 105, 0,
    ]);
    expect(
      await schedule.groupWeeklyTotals(groupId, ["2026-11-30", "2026-11-16", "2026-11-23", "2026-11-09"]),
    ).toEqual([45, 30, 195, 0]);
    expect(await schedule.groupWeeklyTotals(groupId, [])).toEqual([]);
    // Each member's weeks, in the order asked; c, with nothing in them, is absent.
    expect(
      await schedule.groupMemberWeeklyMinutes(groupId, [
        "2026-11-30",
        "2026-11-16",
        "2026-11-23",
        "2026-11-09",
      ]),
    ).toEqual(
      new Map([
        [a.id, [0, 30, 75, 0]],
        [b.id, [45, 0, 120, 0]],
      ]),
    );
    expect(await schedule.groupMemberWeeklyMinutes(groupId, [])).toEqual(new Map());

    const days = await schedule.recentActiveDays([a.id, b.id, c.id], "2026-11-24");
    expect(days).toEqual(
      new Map([
        [a.id, new Set(["2026-11-24"])],
        [b.id, new Set(["2026-11-29", "2026-11-30"])],
        [c.id, new Set()],
      ]),
    );
    expect(await schedule.recentActiveDays([], "2026-11-24")).toEqual(new Map());
  });
});
