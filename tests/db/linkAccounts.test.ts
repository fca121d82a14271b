// Linking accounts through the Store port, on memory and on every test database: what each table holds
// after a merge and after an unlink.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MockStore } from "../../src/core/mock/ports.js";
import type { Platform, Store } from "../../src/core/ports.js";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const AT = new Date("2026-11-25T15:00:00Z");
const LATER = new Date(AT.getTime() + 10 * 60_000);
const WEEK = { weekFrom: "2026-11-23", weekTo: "2026-11-29", activeUntil: "2026-11-29", activeLimit: 10 };
const GROUP = (platform: Platform) => ({ platform, chatId: `${platform}-g`, title: "G", timezone: "UTC" });

describe.each(storeBackends)("linking accounts on $name", (backend) => {
  let opened: OpenedStores;
  let store: Store;
  let mock: MockStore;
  beforeAll(async () => {
    opened = await backend.open();
    ({ store, mock } = opened);
  });
  afterAll(() => opened.close());

  let events = 0;
  const account = (platform: Platform, id: string) => ({ platform, platformUserId: id, displayName: id });
  async function memberWith(platform: Platform, id: string, days: Record<string, number>) {
    const m = await store.ensureMember(account(platform, id), { timezone: "America/Sao_Paulo" });
    for (const [localDate, minutes] of Object.entries(days)) {
      events += 1;
      await store.recordCheckin(
        { memberId: m.id, minutes, localDate, note: null, recordedAt: AT, platform, eventId: `e${events}` },
        24 * 60,
        WEEK,
      );
    }
    await store.ensureGroupMember(m.id, GROUP(platform));
    return m;
  }
  const session = (memberId: number, platform: Platform) =>
    mock.startSession({
      memberId,
      platform,
      chatId: "dm",
      topicId: "versioning",
      questionId: "versioning-1",
      startedAt: AT,
    });

  it("GIVEN two members with a day in common THEN one member: each day once, the minutes added, ticks, sessions and groups of both", async () => {
    const older = await memberWith("telegram", "t1", { "2026-11-23": 120, "2026-11-24": 60 });
    const newer = await memberWith("discord", "d1", { "2026-11-24": 180, "2026-11-25": 30 });
    await store.updateMember(older.id, { weeklyGoalMinutes: 12 * 60, restDays: ["2026-11-20"] });
    await store.updateMember(newer.id, { weeklyGoalMinutes: 30 * 60, restDays: ["2026-11-21"] });
    await store.tickTask(older.id, "mlops", "w1.t1", null, AT);
    await store.tickTask(newer.id, "mlops", "w1.t1", "https://github.com/d1/x", AT);
    await store.tickTask(newer.id, "mlops", "w1.t2", null, AT);
    await session(older.id, "telegram");
    await session(newer.id, "discord");

    const code = await store.issueLinkCode(newer.id, "discord", LATER);
    const outcome = await store.redeemLinkCode({ platform: "telegram", platformUserId: "t1" }, code, AT);
    expect(outcome).toMatchObject({
      kind: "linked",
      keptOwnSettings: false,
      platforms: ["discord", "telegram"],
    });
    const merged = outcome.kind === "linked" ? outcome.member : null;
    expect(merged).toMatchObject({
      id: older.id,
      weeklyGoalMinutes: 12 * 60,
      restDays: ["2026-11-20", "2026-11-21"],
    });

    expect(await store.totalMinutes(older.id)).toBe(390);
    expect(await store.activeDates(older.id, "2026-11-29", 10)).toEqual([
      "2026-11-25",
      "2026-11-24",
      "2026-11-23",
    ]);
    expect(await store.minutesBetween(older.id, "2026-11-24", "2026-11-24")).toBe(240);
    const ticks = await store.taskTicks(older.id, "mlops");
    expect([...ticks.keys()].sort()).toEqual(["w1.t1", "w1.t2"]);
    expect(ticks.get("w1.t1")?.evidence).toBeNull();
    expect(await store.ensureMember(account("discord", "d1"), { timezone: "UTC" })).toMatchObject({
      id: older.id,
    });
    expect((await mock.openSession(older.id))?.platform).toBe("telegram");
    expect(await store.platformsOf(older.id)).toEqual(["discord", "telegram"]);
    const data = await store.exportMember(older.id);
    expect((data.groups as { platform: string }[]).map((g) => g.platform).sort()).toEqual([
      "discord",
      "telegram",
    ]);
    expect(data.mockSessions).toHaveLength(2);
  });

  it("GIVEN a second code THEN the first one no longer works; GIVEN the used code again THEN already linked", async () => {
    const a = await memberWith("telegram", "t2", {});
    await memberWith("discord", "d2", {});
    const first = await store.issueLinkCode(a.id, "telegram", LATER);
    const second = await store.issueLinkCode(a.id, "telegram", LATER);
    const discord = { platform: "discord", platformUserId: "d2" } as const;
    expect(await store.redeemLinkCode(discord, first, AT)).toEqual({ kind: "unknownCode" });
    expect(await store.redeemLinkCode(discord, second, AT)).toMatchObject({ kind: "linked" });
    expect(await store.redeemLinkCode(discord, second, LATER)).toEqual({ kind: "alreadyLinked" });
    const third = await memberWith("discord", "d3", {});
    expect(await store.redeemLinkCode({ platform: "discord", platformUserId: "d3" }, second, AT)).toEqual({
      kind: "unknownCode",
    });
    // A member who has a Discord account already takes no second one.
    const again = await store.issueLinkCode(a.id, "telegram", LATER);
    expect(await store.redeemLinkCode({ platform: "discord", platformUserId: "d3" }, again, AT)).toEqual({
      kind: "samePlatform",
      platform: "discord",
    });
    expect(await store.platformsOf(third.id)).toEqual(["discord"]);
  });

  it("GIVEN an unlink THEN the account is a new member with the settings and its platform's groups; the history stays", async () => {
    const a = await memberWith("telegram", "t4", { "2026-11-23": 60 });
    await memberWith("discord", "d4", { "2026-11-24": 90 });
    await store.updateMember(a.id, { weeklyGoalMinutes: 10 * 60, restDays: ["2026-11-20"] });
    const code = await store.issueLinkCode(a.id, "telegram", LATER);
    await store.redeemLinkCode({ platform: "discord", platformUserId: "d4" }, code, AT);

    const outcome = await store.unlinkAccount({ platform: "discord", platformUserId: "d4" });
    expect(outcome).toMatchObject({ kind: "unlinked", remaining: ["telegram"] });
    const own = outcome.kind === "unlinked" ? outcome.member : null;
    expect(own).toMatchObject({ weeklyGoalMinutes: 10 * 60, restDays: [] });
    expect(own?.id).not.toBe(a.id);
    expect(await store.totalMinutes(own?.id ?? 0)).toBe(0);
    expect(await store.totalMinutes(a.id)).toBe(150);
    const groupsOf = async (id: number) =>
      ((await store.exportMember(id)).groups as { platform: string }[]).map((g) => g.platform);
    expect(await groupsOf(own?.id ?? 0)).toEqual(["discord"]);
    expect(await groupsOf(a.id)).toEqual(["telegram"]);
    expect(await store.unlinkAccount({ platform: "telegram", platformUserId: "t4" })).toEqual({
      kind: "notLinked",
    });
  });
});
