// What only the memory store needs proving: what the SQL tests arrange with SQL (old records, a lease's age),
// arranged here through its clock.
import { describe, expect, it } from "vitest";
import { PROCESSED_EVENT_DAYS as MEMORY_DAYS } from "../../src/db/memory/events.js";
import { createMemoryStores } from "../../src/db/memory/index.js";
import { PROCESSED_EVENT_DAYS } from "../../src/db/store.js";

const HOUR = 60 * 60 * 1000;

function clock(start: string) {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    pass(ms: number) {
      now += ms;
    },
  };
}

describe("memory store", () => {
  it("keeps processed events as long as the SQL store does", () => {
    expect(MEMORY_DAYS).toBe(PROCESSED_EVENT_DAYS);
  });

  it(`GIVEN a record older than ${PROCESSED_EVENT_DAYS} days THEN the next command removes it, and keeps newer ones`, async () => {
    const time = clock("2026-11-28T12:00:00Z");
    const { store } = createMemoryStores({ now: time.now });
    const member = await store.ensureMember(
      { platform: "telegram", platformUserId: "1", displayName: "Ana" },
      { timezone: "UTC" },
    );
    const once = (eventId: string, text: string) =>
      store.onceForEvent({ platform: "telegram", eventId }, async () => ({
        reply: { text },
        memberId: member.id,
      }));
    await once("expired", "old");
    time.pass(2 * HOUR);
    await once("recent", "old");
    time.pass(PROCESSED_EVENT_DAYS * 24 * HOUR - HOUR);
    await once("trigger-prune", "ok");
    // A pruned event runs again; a kept one answers as the first time.
    expect(await once("expired", "again")).toEqual({ text: "again" });
    expect(await once("recent", "again")).toEqual({ text: "old" });
  });

  it("GIVEN a claim whose lease ran out by the database's clock THEN another instance retakes it", async () => {
    const time = clock("2026-11-28T12:00:00Z");
    const { store, schedule } = createMemoryStores({ now: time.now });
    const member = await store.ensureMember(
      { platform: "telegram", platformUserId: "1", displayName: "Ana" },
      { timezone: "UTC" },
    );
    const dueAt = new Date("2026-11-28T09:00:00Z");
    await store.updateMember(member.id, {
      pointers: { morning: dueAt, evening: null, recap: null, plan: null },
    });
    const claim = {
      subjectId: member.id,
      dueAt,
      key: "k",
      kind: "daily",
      next: null,
      state: "claimed",
      detail: null,
    } as const;
    await schedule.claimMany("morning", [claim], { leaseMs: HOUR, instance: "one", now: time.now() });
    time.pass(HOUR - 1);
    expect(await schedule.retakeExpired("two", HOUR, time.now(), 10)).toEqual([]);
    time.pass(1);
    expect(await schedule.retakeExpired("two", HOUR, time.now(), 10)).toMatchObject([{ key: "k" }]);
    expect(await schedule.holdClaim("k", "one", HOUR)).toBe(false);
  });

  it("GIVEN a transaction open THEN other operations wait for it and see all of it or none", async () => {
    const { store } = createMemoryStores();
    const member = await store.ensureMember(
      { platform: "telegram", platformUserId: "1", displayName: "Ana" },
      { timezone: "UTC" },
    );
    let letGo = () => {};
    const held = new Promise<void>((resolve) => {
      letGo = resolve;
    });
    const running = store.onceForEvent({ platform: "telegram", eventId: "slow" }, async (tx) => {
      await tx.store.updateMember(member.id, { remindTime: "06:00" });
      await held;
      await tx.store.updateMember(member.id, { eveningTime: "21:00" });
      return { reply: { text: "done" }, memberId: member.id };
    });
    const outside = store.ensureMember(
      { platform: "telegram", platformUserId: "1", displayName: "Ana" },
      { timezone: "UTC" },
    );
    letGo();
    await running;
    expect(await outside).toMatchObject({ remindTime: "06:00", eveningTime: "21:00" });
  });
});
