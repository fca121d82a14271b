import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { OutgoingMessage, PlatformSender } from "../../src/core/delivery.js";
import { rawRows } from "../../src/db/rawRows.js";
import { sends } from "../../src/db/schema/index.js";
import { RETRY_DELAYS_MS, SEND_DEADLINE_MS } from "../../src/scheduler/deliver.js";
import { LEASE_MS, RENEW_EVERY_MS } from "../../src/scheduler/lease.js";
import { RECIPIENTS_AT_ONCE } from "../../src/scheduler/pools.js";
import { previewDue } from "../../src/scheduler/preview.js";
import { runTick } from "../../src/scheduler/runTick.js";
import { createScheduler } from "../../src/scheduler/startScheduler.js";
import type { SchedulerDeps } from "../../src/scheduler/types.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { askedQuestion, strongAnswer } from "../support/mock.js";
import {
  leaseTimePasses,
  manualTimers,
  recordingSender,
  schedulerFor,
  tickAt,
  untilAborted,
} from "../support/scheduler.js";

// São Paulo is UTC-3 all year. Saturday 2026-11-28 12:00 local:
const SAT_NOON = "2026-11-28T15:00:00Z";

describe.each(testDatabases)("scheduler on $name", (testDatabase) => {
  // One database for the file, emptied for each test.
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  async function setUp() {
    bot = await openBot(database);
    const sender = recordingSender();
    return { sender, scheduler: schedulerFor(bot, sender) };
  }

  const texts = (sender: ReturnType<typeof recordingSender>, to: string) =>
    sender.delivered.filter((d) => d.to === to).map((d) => d.message.text);

  async function stateOf(key: string) {
    const [row] = await bot.db.select().from(sends).where(eq(sends.key, key));
    return row;
  }

  it("GIVEN a member who started THEN each kind arrives exactly at its local time, once", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "ana", at: SAT_NOON });

    await tickAt(scheduler, "2026-11-29T11:59:00Z");
    expect(texts(sender, "ana")).toEqual([]);
    await tickAt(scheduler, "2026-11-29T12:00:00Z"); // Sunday 09:00
    await tickAt(scheduler, "2026-11-29T12:01:00Z");
    expect(texts(sender, "ana")).toHaveLength(1);
    expect(texts(sender, "ana")[0]).toContain("Week 1 of 12");
    expect(texts(sender, "ana")[0]).toContain("Today's task:");
    // Day 1 on Saturday: the weekend's share of 20h, all of it on Sunday, is no plan: the nudge says so.
    expect(texts(sender, "ana")[0]).toContain(
      "This week: 0min of 5h45 — the target is out of reach this week, but today's hour still counts.",
    );

    await tickAt(scheduler, "2026-11-29T22:00:00Z"); // Sunday 19:00: the recap
    expect(texts(sender, "ana")[1]).toContain("📬 Your week, ana (Mon 23 Nov to Sun 29 Nov)");

    await tickAt(scheduler, "2026-11-30T12:00:00Z"); // Monday 09:00: the weekly plan replaces the daily nudge
    const monday = texts(sender, "ana")[2] ?? "";
    // Day 1 was Saturday, in week 1: Monday opens week 2, not week 1 again.
    expect(monday).toContain("New week, ana! Week 2 of 12");
    expect(monday).toContain("Target: 20h.");
    expect(texts(sender, "ana")).toHaveLength(3);
    expect((await stateOf("weekly_plan:m1:2026-W49"))?.state).toBe("sent");
  });

  it("GIVEN the minutes around a nudge THEN the slots read as due are exactly those with something due", async () => {
    const { scheduler } = await setUp();
    await bot.send("/start", { as: "ana", at: SAT_NOON });
    const dueAt = (iso: string) => scheduler.schedule.dueSlots(new Date(iso)).then((slots) => [...slots]);
    expect(await dueAt("2026-11-28T15:01:00Z")).toEqual([]);
    expect(await dueAt("2026-11-28T23:00:00Z")).toEqual(["evening"]); // Saturday 20:00, the streak saver's hour
    await tickAt(scheduler, "2026-11-28T23:00:00Z");
    expect(await dueAt("2026-11-29T11:59:00Z")).toEqual([]);
    expect(await dueAt("2026-11-29T12:00:00Z")).toEqual(["morning"]); // Sunday 09:00
    expect(await dueAt("2026-11-29T22:00:00Z")).toEqual(["morning", "recap"]); // 19:00, the nudge still unsent
    await tickAt(scheduler, "2026-11-29T22:00:00Z");
    expect(await dueAt("2026-11-29T22:00:00Z")).toEqual([]);
  });

  it("GIVEN a pointer written in SQL with microseconds (an operator's fix) THEN the nudge still goes out once", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "ana", at: SAT_NOON });
    await bot.db.execute(sql`update members set next_morning_at = timestamptz '2026-11-29T11:59:30.123456Z'`);
    await tickAt(scheduler, "2026-11-29T12:00:00Z");
    await tickAt(scheduler, "2026-11-29T12:01:00Z");
    expect(texts(sender, "ana")).toHaveLength(1);
    expect(texts(sender, "ana")[0]).toContain("Today's task:");
  });

  it("GIVEN members in other zones THEN each gets 09:00 on their own clock", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/timezone Australia/Sydney", { as: "sam", at: SAT_NOON });
    await bot.send("/start", { as: "sam", at: SAT_NOON });
    await bot.send("/timezone Europe/Lisbon", { as: "lia", at: SAT_NOON });
    await bot.send("/start", { as: "lia", at: SAT_NOON });
    const dailies = () =>
      sender.delivered.filter((d) => d.message.text.includes("Today's task")).map((d) => d.to);
    await tickAt(scheduler, "2026-11-28T22:00:00Z"); // Sunday 09:00 in Sydney
    expect(dailies()).toEqual(["sam"]);
    await tickAt(scheduler, "2026-11-29T09:00:00Z"); // Sunday 09:00 in Lisbon
    expect(dailies()).toEqual(["sam", "lia"]);
  });

  it("GIVEN /start on a future day THEN nothing is sent before it", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start 2026-12-07", { as: "cohort", at: SAT_NOON });
    for (const at of ["2026-11-29T12:00:00Z", "2026-11-29T22:00:00Z", "2026-12-06T22:00:00Z"])
      await tickAt(scheduler, at);
    expect(sender.delivered).toEqual([]);
    await tickAt(scheduler, "2026-12-07T12:00:00Z");
    expect(texts(sender, "cohort")[0]).toContain("New week, cohort! Week 1 of 12");
  });

  it("GIVEN /remind 07:30 THEN the nudge moves to 07:30", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "early", at: SAT_NOON });
    expect(await bot.send("/remind 7:30", { as: "early", at: SAT_NOON })).toBe(
      "⏰ Daily nudges at 07:30 (America/Sao_Paulo) from now on.",
    );
    await tickAt(scheduler, "2026-11-29T10:30:00Z");
    expect(texts(sender, "early")).toHaveLength(1);
  });

  it("GIVEN a streak of 2 and no check-in today THEN the evening saver speaks up, and only then", async () => {
    const { sender, scheduler } = await setUp();
    for (const as of ["bob", "carol", "dave"]) await bot.send("/start", { as, at: "2026-11-26T15:00:00Z" });
    for (const day of ["2026-11-26", "2026-11-27"])
      await bot.send("/checkin 1h", { as: "bob", at: `${day}T15:00:00Z` });
    for (const day of ["2026-11-27", "2026-11-28"])
      await bot.send("/checkin 1h", { as: "carol", at: `${day}T15:00:00Z` });
    await bot.send("/checkin 1h", { as: "dave", at: "2026-11-27T15:00:00Z" });
    sender.delivered.length = 0;
    await tickAt(scheduler, "2026-11-28T23:00:00Z"); // Saturday 20:00
    const evening = sender.delivered.filter((d) => d.message.text.includes("streak is still open"));
    expect(evening.map((d) => d.to)).toEqual(["bob"]);
    expect(evening[0]?.message.text).toContain("your 2-day streak");
    expect((await stateOf("evening:m2:2026-11-28"))?.detail).toBe("checkedIn");
    expect((await stateOf("evening:m3:2026-11-28"))?.detail).toBe("noStreak");
  });

  it("GIVEN a freeze spent yesterday THEN the evening saver says so, and counts on today", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "erin", at: "2026-11-18T15:00:00Z" });
    // Nine days in a row earn a freeze; Friday the 27th goes by without a check-in.
    for (let day = 18; day <= 26; day += 1)
      await bot.send("/checkin 1h", { as: "erin", at: `2026-11-${day}T15:00:00Z` });
    sender.delivered.length = 0;
    await tickAt(scheduler, "2026-11-28T23:00:00Z"); // Saturday 20:00
    const evening = texts(sender, "erin").filter((t) => t.includes("streak"));
    expect(evening).toEqual([
      "🧊 A freeze kept your 9-day streak yesterday.\n🔥 erin, your 9-day streak is still open today. Even 20 minutes keeps it alive: /checkin 20m",
    ]);
  });

  it("GIVEN quiet hours over the reminder THEN the nudge waits for them to end", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "owl", at: SAT_NOON });
    expect(await bot.send("/quiet 08:00-10:00", { as: "owl", at: SAT_NOON })).toContain(
      "Quiet hours 08:00–10:00",
    );
    // The dry run plans as the tick does: nothing at 09:00, the nudge at 10:00, in the words it is sent in.
    const preview = (iso: string) => previewDue(scheduler, new Date(iso), new Date(Date.parse(iso) + 60_000));
    expect(await preview("2026-11-29T12:00:00Z")).toEqual([]);
    const [listed] = await preview("2026-11-29T13:00:00Z");
    expect(listed).toMatchObject({ sendsAt: "2026-11-29T13:00:00.000Z", dueAt: "2026-11-29T12:00:00.000Z" });
    await tickAt(scheduler, "2026-11-29T12:00:00Z");
    await tickAt(scheduler, "2026-11-29T12:59:00Z");
    expect(sender.delivered).toEqual([]);
    await tickAt(scheduler, "2026-11-29T13:00:00Z");
    expect(texts(sender, "owl")).toEqual([listed?.text]);
  });

  it("GIVEN a pause THEN the paused days are skipped, and nudges come back after it", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "rest", at: SAT_NOON });
    expect(await bot.send("/pause 2", { as: "rest", at: SAT_NOON })).toContain("Paused through Sun 29 Nov");
    await tickAt(scheduler, "2026-11-29T12:00:00Z");
    expect(sender.delivered).toEqual([]);
    expect((await stateOf("daily:m1:2026-11-29"))?.state).toBe("skipped");
    await tickAt(scheduler, "2026-11-30T12:00:00Z");
    expect(texts(sender, "rest")).toHaveLength(1);

    await bot.send("/pause 2026-12-10", { as: "rest", at: "2026-11-30T15:00:00Z" });
    expect(await bot.send("/resume", { as: "rest", at: "2026-11-30T15:00:00Z" })).toContain(
      "Nudges are on again",
    );
    await tickAt(scheduler, "2026-12-01T12:00:00Z");
    expect(texts(sender, "rest")).toHaveLength(2);
  });

  it("GIVEN New York's daylight-saving days THEN 09:00 wall time, once each day", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/timezone America/New_York", { as: "ny", at: "2026-03-01T15:00:00Z" });
    await bot.send("/start", { as: "ny", at: "2026-03-01T15:00:00Z" });
    await bot.send("/pause 6", { as: "ny", at: "2026-03-01T15:00:00Z" }); // quiet until the change day
    for (const at of ["2026-03-08T12:00:00Z", "2026-03-08T13:00:00Z", "2026-03-08T14:00:00Z"]) {
      await tickAt(scheduler, at);
    }
    expect(texts(sender, "ny")).toHaveLength(1);
    expect((await stateOf("daily:m1:2026-03-08"))?.dueAt.toISOString()).toBe("2026-03-08T13:00:00.000Z");
    expect(await stateOf("daily:m1:2026-03-03")).toMatchObject({ state: "skipped", detail: "late" });
  });

  it("GIVEN the bot was down THEN a nudge within 3h goes out late; one older is recorded as skipped", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "late", at: SAT_NOON });
    await tickAt(scheduler, "2026-11-29T14:00:00Z"); // 2h late
    expect(texts(sender, "late")).toHaveLength(1);
    await tickAt(scheduler, "2026-11-30T15:30:00Z"); // 3h30 late
    expect(texts(sender, "late").filter((text) => text.includes("New week"))).toEqual([]);
    expect(await stateOf("weekly_plan:m1:2026-W49")).toMatchObject({ state: "skipped", detail: "late" });
  });

  it("GIVEN three instances ticking the same minutes THEN every send goes out exactly once", async () => {
    const { sender } = await setUp();
    const names = Array.from({ length: 12 }, (_, i) => `m${i}`);
    for (const [i, as] of names.entries()) {
      await bot.send("/start", { as, at: SAT_NOON });
      await bot.send(`/remind 09:${String(i * 5).padStart(2, "0")}`, { as, at: SAT_NOON });
    }
    const instances = ["a", "b", "c"].map((name) => schedulerFor(bot, sender, name));
    for (let minute = 0; minute <= 60; minute += 1) {
      const at = new Date(Date.parse("2026-11-29T12:00:00Z") + minute * 60_000);
      await Promise.all(instances.map((deps) => runTick(deps, at)));
    }
    const recipients = sender.delivered.map((d) => d.to).sort();
    expect(recipients).toEqual([...names].sort());
  });

  it("GIVEN a process that dies after claiming THEN the send goes out once, after the lease", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "crash", at: SAT_NOON });
    const dying: SchedulerDeps = {
      ...scheduler,
      instance: "dying",
      schedule: {
        ...scheduler.schedule,
        claimMany: async (slot, claims, meta) => {
          const claimed = await scheduler.schedule.claimMany(slot, claims, meta);
          if (slot === "morning") throw new Error("process killed");
          return claimed;
        },
      },
    };
    await expect(tickAt(dying, "2026-11-29T12:00:00Z")).rejects.toThrow("process killed");
    await leaseTimePasses(bot.db, 60_000);
    await tickAt(scheduler, "2026-11-29T12:01:00Z");
    expect(sender.delivered).toEqual([]);
    await leaseTimePasses(bot.db, LEASE_MS);
    await tickAt(scheduler, "2026-11-29T12:03:00Z");
    await leaseTimePasses(bot.db, 3 * 60_000);
    await tickAt(scheduler, "2026-11-29T12:06:00Z");
    expect(texts(sender, "crash")).toHaveLength(1);
  });

  it("GIVEN an instance whose clock runs minutes ahead THEN it does not take over a send another is making", async () => {
    const { sender } = await setUp();
    await bot.send("/start", { as: "skew", at: SAT_NOON });
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => {};
    const sending = new Promise<void>((resolve) => {
      started = resolve;
    });
    const slowSender = {
      ...sender,
      sendToMember: async (to: string, message: OutgoingMessage) => {
        started();
        await answered;
        return sender.sendToMember(to, message);
      },
    };
    const slowTick = tickAt(
      { ...schedulerFor(bot, slowSender, "slow"), timers: manualTimers() },
      "2026-11-29T12:00:00Z",
    );
    await sending;
    // Its clock says five minutes have passed; the database's says a moment has.
    const ahead = await tickAt(schedulerFor(bot, sender, "ahead"), "2026-11-29T12:05:00Z");
    expect(ahead).toMatchObject({ sent: 0, lost: 0 });
    release();
    expect(await slowTick).toMatchObject({ sent: 1 });
    expect(texts(sender, "skew")).toHaveLength(1);
  });

  it("GIVEN a platform that stops answering THEN the send is abandoned at its deadline, and retried later once", async () => {
    const { sender } = await setUp();
    await bot.send("/start", { as: "stuck", at: SAT_NOON });
    let started: () => void = () => {};
    const sending = new Promise<void>((resolve) => {
      started = resolve;
    });
    let calls = 0;
    const stalling = {
      ...sender,
      sendToMember: async (to: string, message: OutgoingMessage, signal?: AbortSignal) => {
        calls += 1;
        if (calls > 1) return sender.sendToMember(to, message);
        started();
        return untilAborted(signal);
      },
    };
    const timers = manualTimers();
    const scheduler = { ...schedulerFor(bot, stalling), timers };
    const tick = tickAt(scheduler, "2026-11-29T12:00:00Z");
    await sending;
    await timers.advance(SEND_DEADLINE_MS);
    expect(await tick).toMatchObject({ retried: 1, sent: 0 });
    expect(await stateOf("daily:m1:2026-11-29")).toMatchObject({
      state: "claimed",
      attempts: 1,
      detail: "abandoned: no answer within 45 s",
    });
    // Renewals stopped with the send: nothing is left running for it.
    expect(timers.pending()).toBe(0);
    await leaseTimePasses(bot.db, RETRY_DELAYS_MS[0] ?? 0);
    expect(await tickAt(scheduler, "2026-11-29T12:01:00Z")).toMatchObject({ sent: 1 });
    expect(texts(sender, "stuck")).toHaveLength(1);
  });

  it("GIVEN a send in progress THEN its lease is renewed by the database's clock until the send settles", async () => {
    const { sender } = await setUp();
    await bot.send("/start", { as: "slow", at: SAT_NOON });
    let release: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => {};
    const sending = new Promise<void>((resolve) => {
      started = resolve;
    });
    const slowSender = {
      ...sender,
      sendToMember: async (to: string, message: OutgoingMessage) => {
        started();
        await answered;
        return sender.sendToMember(to, message);
      },
    };
    const timers = manualTimers();
    const tick = tickAt({ ...schedulerFor(bot, slowSender), timers }, "2026-11-29T12:00:00Z");
    await sending;
    const leaseLeft = async () => {
      const [row] = await rawRows<{ left: number }>(
        bot.db,
        sql`select extract(epoch from lease_until - now()) * 1000 as left from sends where key = 'daily:m1:2026-11-29'`,
      );
      return Number(row?.left);
    };
    // Half a minute on, by both clocks: the renewal puts the lease a whole LEASE_MS ahead again.
    await leaseTimePasses(bot.db, RENEW_EVERY_MS);
    expect(await leaseLeft()).toBeLessThan(LEASE_MS - RENEW_EVERY_MS + 1_000);
    await timers.advance(RENEW_EVERY_MS);
    expect(await leaseLeft()).toBeGreaterThan(LEASE_MS - 5_000);
    release();
    expect(await tick).toMatchObject({ sent: 1 });
    expect(timers.pending()).toBe(0);
  });

  it("GIVEN a send taken over while it hangs THEN the first instance abandons it, records nothing, and each goes out once", async () => {
    const { sender } = await setUp();
    const names = ["s1", "s2", "s3", "s4"];
    for (const as of names) await bot.send("/start", { as, at: SAT_NOON });
    let started: () => void = () => {};
    const firstSendStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    let calls = 0;
    // Instance "slow" hangs on its first delivery: a platform that stopped answering.
    const slowSender = {
      ...sender,
      sendToMember: async (to: string, message: OutgoingMessage, signal?: AbortSignal) => {
        calls += 1;
        if (calls > 1) return sender.sendToMember(to, message);
        started();
        return untilAborted(signal);
      },
    };
    // One recipient at a time: the other three wait behind the hung one.
    const timers = manualTimers();
    const slow = { ...schedulerFor(bot, slowSender, "slow"), recipientsAtOnce: 1, timers };
    const slowTick = tickAt(slow, "2026-11-29T12:00:00Z");
    await firstSendStarted;

    // Its renewals did not get through for longer than a lease: another instance takes every send over.
    await leaseTimePasses(bot.db, LEASE_MS + 1_000);
    const other = await tickAt(schedulerFor(bot, sender, "other"), "2026-11-29T12:03:00Z");
    expect(other.sent).toBe(4);
    // The next renewal finds the claim taken: the hung send is abandoned, the three not started are not made.
    await timers.advance(RENEW_EVERY_MS);
    expect(await slowTick).toMatchObject({ sent: 0, retried: 0, lost: 4 });
    expect(names.map((as) => texts(sender, as).length)).toEqual([1, 1, 1, 1]);
    const rows = await bot.db.select().from(sends).where(eq(sends.kind, "daily"));
    expect(rows.map((r) => [r.state, r.claimedBy, r.attempts])).toEqual(
      names.map(() => ["sent", "other", 0]),
    );
  });

  it("GIVEN one platform that stops answering THEN the other platforms' sends go out, this tick and the next", async () => {
    const { sender } = await setUp();
    await bot.send("/start", { as: "tg", at: SAT_NOON });
    await bot.send("/start", { as: "c1", at: SAT_NOON });
    await bot.send("/start", { as: "c2", at: SAT_NOON });
    await bot.send("/remind 09:01", { as: "c2", at: SAT_NOON });
    await bot.db.execute(sql`update identities set platform = 'telegram' where platform_user_id = 'tg'`);
    const telegram: PlatformSender = {
      platform: "telegram",
      sendToMember: (_to, _message, signal) => untilAborted(signal),
      sendToChannel: (_to, _message, signal) => untilAborted(signal),
    };
    const timers = manualTimers();
    const deps = { ...schedulerFor(bot, sender), timers };
    const scheduler = createScheduler({
      ...deps,
      senders: new Map([...deps.senders, ["telegram", telegram]]),
    });

    const nine = await scheduler.tick(new Date("2026-11-29T12:00:00Z"));
    await vi.waitFor(() => expect(texts(sender, "c1")).toHaveLength(1));
    // The next minute's tick is not held behind the stalled platform either.
    const nineOhOne = await scheduler.tick(new Date("2026-11-29T12:01:00Z"));
    expect(await nineOhOne.delivered).toMatchObject({ sent: 1 });
    expect(texts(sender, "c2")).toHaveLength(1);

    await timers.advance(SEND_DEADLINE_MS);
    expect(await nine.delivered).toMatchObject({ sent: 1, retried: 1 });
    await scheduler.stop();
  });

  it("GIVEN an instance stopping with sends queued THEN it hands them back, and another sends them at its next tick", async () => {
    const { sender } = await setUp();
    await bot.send("/start", { as: "q1", at: SAT_NOON });
    await bot.send("/start", { as: "q2", at: SAT_NOON });
    let started: () => void = () => {};
    const sending = new Promise<void>((resolve) => {
      started = resolve;
    });
    const stalling = {
      ...sender,
      sendToMember: (_to: string, _message: OutgoingMessage, signal?: AbortSignal) => {
        started();
        return untilAborted(signal);
      },
    };
    const timers = manualTimers();
    // One recipient at a time: the second send waits behind the first, which hangs.
    const stopping = createScheduler({
      ...schedulerFor(bot, stalling, "stopping"),
      recipientsAtOnce: 1,
      timers,
    });
    const tick = await stopping.tick(new Date("2026-11-29T12:00:00Z"));
    await sending;
    const stopped = stopping.stop();
    const handedBack = async () => {
      const rows = await rawRows<{ key: string }>(
        bot.db,
        sql`select key from sends where kind = 'daily' and state = 'claimed' and lease_until <= now()`,
      );
      return rows.length;
    };
    await vi.waitFor(async () => expect(await handedBack()).toBe(1));
    // No lease had to run out first.
    expect(await tickAt(schedulerFor(bot, sender, "other"), "2026-11-29T12:01:00Z")).toMatchObject({
      sent: 1,
    });
    await timers.advance(SEND_DEADLINE_MS);
    await stopped;
    expect(await tick.delivered).toMatchObject({ sent: 0, retried: 2 });
    expect(sender.delivered).toHaveLength(1);
  });

  it("GIVEN a message the platform refuses as invalid THEN it is recorded failed with why, and not retried", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "refused", at: SAT_NOON });
    sender.failNext.push({ ok: false, error: "rejected", detail: "50035: Invalid Form Body" });
    expect(await tickAt(scheduler, "2026-11-29T12:00:00Z")).toMatchObject({ failed: 1, retried: 0 });
    expect(await stateOf("daily:m1:2026-11-29")).toMatchObject({
      state: "failed",
      detail: "rejected: 50035: Invalid Form Body",
    });
    await leaseTimePasses(bot.db, 10 * 60_000);
    await tickAt(scheduler, "2026-11-29T12:10:00Z");
    expect(texts(sender, "refused")).toEqual([]);
  });

  it("GIVEN many members due in one minute THEN their sends overlap, a few at a time, each member's in order", async () => {
    const { sender } = await setUp();
    const names = Array.from({ length: 20 }, (_, i) => `p${i}`);
    for (const as of names) await bot.send("/start", { as, at: SAT_NOON });
    // p0's nudge moves to Sunday 19:00, the recap's minute: two sends to one member in one tick.
    await bot.send("/remind 19:00", { as: "p0", at: SAT_NOON });
    let inFlight = 0;
    let most = 0;
    const slowSender = {
      ...sender,
      sendToMember: async (to: string, message: Parameters<typeof sender.sendToMember>[1]) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        // Nudges are slower than recaps: were one member's sends to overlap, the recap would land first.
        const slowness = message.text.includes("Today's task:") ? 60 : 5;
        await new Promise((resolve) => setTimeout(resolve, slowness));
        inFlight -= 1;
        return sender.sendToMember(to, message);
      },
    };
    const scheduler = schedulerFor(bot, slowSender);
    await tickAt(scheduler, "2026-11-29T12:00:00Z"); // Sunday 09:00: nineteen nudges
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(RECIPIENTS_AT_ONCE);
    expect(names.slice(1).map((as) => texts(sender, as).length)).toEqual(names.slice(1).map(() => 1));

    await tickAt(scheduler, "2026-11-29T22:00:00Z"); // Sunday 19:00: twenty recaps and p0's nudge
    const p0 = texts(sender, "p0");
    expect(p0).toHaveLength(2);
    expect(p0[0]).toContain("Today's task:");
    expect(p0[1]).toContain("📬 Your week, p0");
  });

  it("GIVEN a passing failure THEN the send is retried with backoff and sent once", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "flaky", at: SAT_NOON });
    sender.failNext.push({ ok: false, error: "transient", detail: "502 Bad Gateway" });
    expect(await tickAt(scheduler, "2026-11-29T12:00:00Z")).toMatchObject({ retried: 1, sent: 0 });
    // The first retry waits 30 s by the database's clock.
    await leaseTimePasses(bot.db, 20_000);
    expect(await tickAt(scheduler, "2026-11-29T12:00:20Z")).toMatchObject({ sent: 0 });
    await leaseTimePasses(bot.db, 40_000);
    expect(await tickAt(scheduler, "2026-11-29T12:01:00Z")).toMatchObject({ sent: 1 });
    expect(texts(sender, "flaky")).toHaveLength(1);
  });

  it("GIVEN a member who blocked the bot THEN marked unreachable, not retried, named in the summary", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/setup", { as: "admin", at: SAT_NOON, admin: true });
    await bot.send("/start", { as: "gone", at: SAT_NOON });
    await bot.send("/checkin 1h", { as: "gone", at: SAT_NOON });
    sender.failNext.push({ ok: false, error: "unreachable", detail: "403: bot was blocked by the user" });
    await tickAt(scheduler, "2026-11-29T12:00:00Z");
    expect((await stateOf("daily:m2:2026-11-29"))?.state).toBe("failed");
    await tickAt(scheduler, "2026-11-29T22:00:00Z"); // the recap is not even tried
    expect(await stateOf("weekly_recap:m2:2026-W48")).toMatchObject({
      state: "skipped",
      detail: "unreachable",
    });
    await tickAt(scheduler, "2026-11-29T23:00:00Z"); // Sunday 20:00: group summary
    const summary = sender.delivered.find((d) => d.channel);
    expect(summary?.message.text).toContain("Could not send private messages to: gone");

    // A command in the group says nothing about DMs: still unreachable, still not tried.
    await bot.send("/progress", { as: "gone", at: "2026-11-30T10:00:00Z" });
    await tickAt(scheduler, "2026-11-30T12:00:00Z");
    expect(texts(sender, "gone")).toHaveLength(0);
    // Writing to the bot in private does: the next morning goes out.
    await bot.send("/progress", {
      as: "gone",
      at: "2026-11-30T13:00:00Z",
      chat: { id: "gone", kind: "private" },
    });
    await tickAt(scheduler, "2026-12-01T12:00:00Z");
    expect(texts(sender, "gone")).toHaveLength(1);
  });

  it("GIVEN a finished roadmap THEN review nudges instead of tasks; the recap sums up the week", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start 2026-08-01", { as: "grad", at: "2026-11-23T15:00:00Z" });
    await bot.send("/checkin 3h", { as: "grad", at: "2026-11-23T15:00:00Z" });
    await bot.send("/checkin 5h", { as: "grad", at: "2026-11-24T15:00:00Z" });
    await tickAt(scheduler, "2026-11-25T12:00:00Z");
    expect(texts(sender, "grad")[0]).toContain(
      "The roadmap is done — today is for review and interview practice.",
    );
    await tickAt(scheduler, "2026-11-29T22:00:00Z");
    const recap = texts(sender, "grad")[1] ?? "";
    expect(recap).toContain("Hours: 8h of 20h");
    expect(recap).toContain("Active days: 2 of 7");
    expect(recap).toContain("Best day: Tue 24 Nov with 5h");
    expect(recap).toContain("Next week: review and interview practice.");
    expect(recap).toContain("A slow week happens.");
  });

  it("GIVEN mock interviews this week THEN the recap shows their scores and Monday's plan names the topic to drill", async () => {
    const { sender, scheduler } = await setUp();
    await bot.send("/start", { as: "interviewee", at: "2026-11-23T15:00:00Z" });
    const asked = await bot.send("/mock versioning", { as: "interviewee", at: "2026-11-24T15:00:00Z" });
    const question = askedQuestion(bot.deps.roadmap, asked);
    const verdict = await bot.send(strongAnswer(question), { as: "interviewee", at: "2026-11-24T15:05:00Z" });
    const overall = /(\d+)\/10/.exec(verdict ?? "")?.[1];
    expect(overall).toBeDefined();
    // Studying on Saturday too: not away when Monday's plan is due.
    await bot.send("/checkin 1h", { as: "interviewee", at: "2026-11-28T15:00:00Z" });
    await tickAt(scheduler, "2026-11-29T22:00:00Z");
    const recap = texts(sender, "interviewee").find((t) => t.startsWith("📬")) ?? "";
    // Topics by their names, never their ids.
    expect(recap).toContain(`Mock interviews: Versioning ${overall}/10`);
    await tickAt(scheduler, "2026-11-30T12:00:00Z");
    const plan = texts(sender, "interviewee").find((t) => t.startsWith("🗓️")) ?? "";
    // Versioning was practised; the plan points at a topic not practised yet.
    expect(plan).toMatch(
      /This week, drill (Technical project: \/mock project|Monitoring: \/mock monitoring|CI\/CD for models: \/mock cicd|Motivation: \/mock motivation)$/m,
    );
  });
});
