// The one-off outbox on every backend: queued once per key, found due through the idle tick's one read,
// claimed once across instances, milestones queued per group with a summary channel, and /nudge's lookups.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScheduleStore } from "../../src/core/nudges/ports.js";
import type { Store } from "../../src/core/ports.js";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const T0 = new Date("2026-11-28T12:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const LEASE = 60_000;

describe.each(storeBackends)("one-off outbox on $name", (backend) => {
  let opened: OpenedStores;
  let store: Store;
  let schedule: ScheduleStore;
  beforeAll(async () => {
    opened = await backend.open();
    ({ store, schedule } = opened);
  });
  afterAll(() => opened.close());

  let users = 0;
  async function member(name: string) {
    users += 1;
    return store.ensureMember(
      { platform: "telegram", platformUserId: `o${users}`, displayName: name },
      { timezone: "UTC" },
    );
  }
  const groupRef = (chatId: string) => ({
    platform: "telegram" as const,
    chatId,
    title: chatId,
    timezone: "UTC",
  });

  it("GIVEN a nudge queued THEN a second under its key is refused, it is due at its time, and claimed once", async () => {
    const [ana, caio] = [await member("Ana"), await member("Caio")];
    const group = await store.ensureGroupMember(ana.id, groupRef("-o1"));
    await store.ensureGroupMember(caio.id, groupRef("-o1"));
    const nudge = {
      key: `buddy_nudge:m${ana.id}>m${caio.id}:2026-11-28`,
      kind: "buddy_nudge" as const,
      memberId: caio.id,
      groupId: group.id,
      fromMemberId: ana.id,
      detail: "Ana",
      dueAt: minutes(10),
      createdAt: T0,
    };
    expect(await schedule.queueOneOff(nudge)).toBe(true);
    expect(await schedule.queueOneOff({ ...nudge, dueAt: T0 })).toBe(false);
    expect(await schedule.dueSlots(T0)).not.toContain("oneoff");
    expect(await schedule.dueSlots(minutes(10))).toContain("oneoff");

    const [due] = await schedule.dueOneOffs(minutes(10), 10);
    expect(due).toMatchObject({
      send: { key: nudge.key, detail: "Ana", fromMemberId: ana.id },
      member: { id: caio.id, nudgesOff: false, dm: { platform: "telegram" } },
      group: { id: group.id },
      dueAt: minutes(10),
    });
    if (due === undefined) throw new Error("nothing due");
    const claim = {
      subjectId: due.send.id,
      dueAt: due.dueAt,
      key: nudge.key,
      kind: "buddy_nudge" as const,
      next: null,
      state: "claimed" as const,
      detail: null,
    };
    const meta = { leaseMs: LEASE, instance: "one", now: minutes(10) };
    const [first, second] = await Promise.all([
      schedule.claimMany("oneoff", [claim], meta),
      schedule.claimMany("oneoff", [claim], { ...meta, instance: "two" }),
    ]);
    expect(first.size + second.size).toBe(1);
    expect(await schedule.dueOneOffs(minutes(20), 10)).toEqual([]);
    expect(await schedule.oneOff(due.send.id)).toMatchObject({ send: { key: nudge.key } });
  });

  it("GIVEN a member in two groups, one with a summary channel THEN a milestone is queued once, there alone, under her name there, with the roles chosen there", async () => {
    const bia = await member("Bia");
    const posted = await store.ensureGroupMember(bia.id, groupRef("-o2"), "Bia S.");
    await store.ensureGroupMember(bia.id, groupRef("-o3"));
    await schedule.setupGroup(
      { platform: "telegram", chatId: "-o2", title: "-o2" },
      {
        timezone: "UTC",
        summaryChannelId: "-o2",
        summaryWeekday: 6,
        summaryTime: "20:00",
        locale: "pt-BR",
        publicCheckins: false,
      },
    );
    expect(await schedule.queueMilestone(bia.id, "streak:7", T0)).toBe(1);
    expect(await schedule.queueMilestone(bia.id, "streak:7", minutes(5))).toBe(0);
    const due = await schedule.dueOneOffs(T0, 10);
    expect(
      due.filter((d) => d.member.id === bia.id).map((d) => [d.group.id, d.send.detail, d.memberName]),
    ).toEqual([[posted.id, "streak:7", "Bia S."]]);

    await schedule.setMilestoneRoles(
      posted.id,
      new Map([
        ["streak:7", "r1"],
        ["deliverable", "r2"],
      ]),
    );
    await schedule.setMilestoneRoles(posted.id, new Map([["streak:7", "r3"]]));
    expect(await schedule.milestoneRole(posted.id, "streak:7")).toBe("r3");
    expect(await schedule.milestoneRole(posted.id, "deliverable")).toBe("r2");
    expect(await schedule.milestoneRole(posted.id, "hours:50")).toBeNull();

    await store.updateMember(bia.id, { leaderboardOptOut: true });
    expect(await schedule.queueMilestone(bia.id, "hours:50", T0)).toBe(0);
  });

  it("GIVEN members of a group THEN /nudge finds them by account, by @username or by name, and not elsewhere", async () => {
    const [duda, edu, fora] = [await member("Duda"), await member("Eduardo Lima"), await member("Fora")];
    const group = await store.ensureGroupMember(duda.id, groupRef("-o4"));
    await store.ensureGroupMember(edu.id, groupRef("-o4"));
    await store.ensureGroupMember(fora.id, groupRef("-o5"));
    await schedule.rememberUsername("telegram", `o${users - 1}`, "EduLima");
    const ids = async (ref: Parameters<ScheduleStore["findBuddies"]>[2]) =>
      (await schedule.findBuddies(group.id, "telegram", ref)).map((b) => b.member.id);
    expect(await ids({ kind: "account", platformUserId: `o${users - 1}` })).toEqual([edu.id]);
    expect(await ids({ kind: "name", name: "@edulima" })).toEqual([edu.id]);
    expect(await ids({ kind: "name", name: "eduardo lima" })).toEqual([edu.id]);
    expect(await ids({ kind: "name", name: "Fora" })).toEqual([]);

    await schedule.setNudgesOff(edu.id, true);
    const [found] = await schedule.findBuddies(group.id, "telegram", { kind: "name", name: "edulima" });
    expect(found?.member.nudgesOff).toBe(true);
  });

  it("GIVEN /forget by a member who nudged THEN the nudge and its send log row go with them; before, /export shows it", async () => {
    const [gil, hana] = [await member("Gil"), await member("Hana")];
    const group = await store.ensureGroupMember(gil.id, groupRef("-o6"));
    await store.ensureGroupMember(hana.id, groupRef("-o6"));
    const key = `buddy_nudge:m${gil.id}>m${hana.id}:2026-11-28`;
    const send = { key, kind: "buddy_nudge" as const, memberId: hana.id, groupId: group.id };
    await schedule.queueOneOff({ ...send, fromMemberId: gil.id, detail: "Gil", dueAt: T0, createdAt: T0 });
    const due = (await schedule.dueOneOffs(T0, 100)).find((d) => d.send.key === key);
    if (due === undefined) throw new Error("not due");
    const claim = { subjectId: due.send.id, dueAt: T0, key, kind: "buddy_nudge" as const, next: null };
    await schedule.claimMany("oneoff", [{ ...claim, state: "claimed", detail: null }], {
      leaseMs: LEASE,
      instance: "one",
      now: T0,
    });
    expect(await schedule.recordedKeys([key])).toEqual(new Set([key]));

    expect((await store.exportMember(hana.id)).oneOffSends).toEqual([
      { kind: "buddy_nudge", memberId: hana.id, fromMemberId: gil.id, detail: "Gil", createdAt: T0 },
    ]);
    await store.forgetMember(gil.id);
    expect(await schedule.recordedKeys([key])).toEqual(new Set());
    expect(await schedule.oneOff(due.send.id)).toBeNull();
    expect((await store.exportMember(hana.id)).oneOffSends).toEqual([]);
  });
});
