// 90 days × 200 members across timezones, three scheduler instances killed and restarted at seeded
// random points: every scheduled send is recorded exactly once, delivered at most once, none lost — with
// study plans (reminders before blocks, some past the daily budget), streaks kept by freezes, rest days,
// and days that begin at 04:00 with an evening saver after midnight.
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { MEMBER_SLOTS } from "../../src/core/nudges/kinds.js";
import { nextMemberSend, sendIdentity } from "../../src/core/nudges/occurrences.js";
import { rawRows } from "../../src/db/rawRows.js";
import { runTick } from "../../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../../src/scheduler/types.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";
import { leaseTimePasses, recordingSender, schedulerFor } from "../support/scheduler.js";
import { printSummary, summary } from "./summary.js";

const MEMBERS = 200;
const DAYS = 90;
const STEP_MS = 60 * 60 * 1000;
const START = Date.parse("2026-12-01T00:00:00Z");
const ZONES = ["America/Sao_Paulo", "Europe/Lisbon", "America/New_York", "Australia/Sydney", "Asia/Tokyo"];

/** A small seeded generator, so a failing run can be replayed exactly. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** An instance that dies right after its claims are committed, before it delivers anything. */
function dying(deps: SchedulerDeps): SchedulerDeps {
  return {
    ...deps,
    schedule: {
      ...deps.schedule,
      claimMany: async (slot, claims, meta) => {
        await deps.schedule.claimMany(slot, claims, meta);
        throw new Error("killed");
      },
    },
  };
}

/**
 * Check-ins for one day, written in one statement: the members whose turn it is study 30 minutes. Most
 * study two days in three; every fourth member studies eight days and misses the ninth, so streaks earn
 * freezes (one per seven days) and spend them.
 */
async function studyDay(bot: TestBot, day: number): Promise<void> {
  const at = new Date(START + (day * 24 + 12) * STEP_MS);
  const localDate = at.toISOString().slice(0, 10);
  await bot.db.execute(sql`
    insert into checkins (member_id, minutes, local_date, recorded_at, platform, event_id)
    select id, 30, ${localDate}::date, ${at.toISOString()}::timestamptz, 'console', 'sim-' || id || '-' || ${localDate}
    from members
    where case when id % 4 = 0 then (id + ${day}) % 9 <> 0 else (id + ${day}) % 3 <> 0 end`);
}

/** What member `i` sets up besides zone and morning: a plan, a day start, or neither. */
function setupOf(i: number): string[] {
  switch (i % 6) {
    case 0:
      return ["/plan seg qua sex 19:00-20:30"];
    case 1:
      // Three blocks on Tuesdays and Thursdays: with the morning and the evening, past the budget.
      return [
        "/plan ter qui 07:00-08:00; ter qui 12:00-13:00; ter qui 19:00-21:00",
        "/plan if tired then 20 minutes",
      ];
    case 2:
      // A block just past midnight: reminded the evening before.
      return ["/plan sáb 00:30-02:00"];
    case 3:
      // Night owls: their day begins at 04:00, so the 01:00 evening saver speaks for the day before.
      return ["/daystart 04:00", "/evening 01:00"];
    default:
      return [];
  }
}

describe.each(testDatabases)("crash and replicas on $name", (database) => {
  let bot: TestBot | undefined;
  afterAll(async () => {
    await bot?.close();
    printSummary(`crash and replicas on ${database.name}`);
  });

  it("GIVEN three instances killed at random for 90 days THEN every send exactly once, none lost", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    const rng = random(20261128);
    const joinedAt = new Date(START - 60_000);
    for (let i = 0; i < MEMBERS; i += 1) {
      const as = `m${i}`;
      await bot.send(`/timezone ${ZONES[i % ZONES.length]}`, { as, at: joinedAt });
      await bot.send(`/remind ${String(6 + (i % 5)).padStart(2, "0")}:00`, { as, at: joinedAt });
      await bot.send("/start", { as, at: joinedAt });
      for (const command of setupOf(i)) await bot.send(command, { as, at: joinedAt });
    }

    let generation = 0;
    const instances = Array.from({ length: 3 }, (_, i) => ({ name: `i${i}`, downUntil: 0 }));
    for (let step = 0; step <= DAYS * 24; step += 1) {
      const now = new Date(START + step * STEP_MS);
      // An hour passes between steps, by the database's clock too: the dead instances' leases run out.
      if (step > 0) await leaseTimePasses(bot.db, STEP_MS);
      // Members study two days in three, so nobody is ever "away" and every morning is due to go out.
      if (step % 24 === 12) await studyDay(bot, Math.floor(step / 24));
      // Every fifth member takes Wednesdays off.
      if (step % 24 === 13 && new Date(now).getUTCDay() === 3) {
        for (let i = 4; i < MEMBERS; i += 5) await bot.send("/rest", { as: `m${i}`, at: now });
      }
      await Promise.all(
        instances.map(async (instance) => {
          if (step < instance.downUntil) return;
          const deps = schedulerFor(bot as TestBot, sender, `${instance.name}-${generation}`);
          if (rng() < 0.02) {
            summary.faultsInjected += 1;
            instance.downUntil = step + 1 + Math.floor(rng() * 4);
            generation += 1;
            await runTick(dying(deps), now).catch(() => {});
            return;
          }
          await runTick(deps, now);
        }),
      );
    }
    // Let the last leases expire and the survivors finish what the dead claimed.
    const end = new Date(START + (DAYS * 24 + 1) * STEP_MS);
    await leaseTimePasses(bot.db, STEP_MS);
    await runTick(schedulerFor(bot, sender, "final"), end);

    const rows = await rawRows<{ key: string; state: string; slot: string; subject_id: number }>(
      bot.db,
      sql`select key, state, slot, subject_id from sends`,
    );
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(rows.filter((r) => r.state === "claimed")).toEqual([]);

    // Every occurrence the rules define, from the first due time to the end, has its row.
    const members = await bot.deps.schedule.startedMembers();
    let expected = 0;
    for (const member of members) {
      for (const slot of MEMBER_SLOTS) {
        for (
          let at = nextMemberSend(slot, member, joinedAt);
          at !== null && at.getTime() <= end.getTime() - STEP_MS;
          at = nextMemberSend(slot, member, at)
        ) {
          expected += 1;
          const { key } = sendIdentity(slot, member.id, at, member.timezone);
          if (!byKey.has(key)) summary.losses += 1;
        }
      }
    }
    const sent = rows.filter((r) => r.state === "sent").length;
    summary.sendsChecked += expected;
    summary.duplicates += sender.delivered.length - sent;
    expect(summary.losses).toBe(0);
    expect(sender.delivered.length).toBe(sent);
    expect(sent).toBeGreaterThan(MEMBERS * DAYS * 0.9);
    // The rules the members set up were at work: reminders went, some were over the budget, rest days and
    // freezes were used.
    const { db } = bot;
    const detail = async (slot: string, state: string, why: string | null) =>
      (
        await rawRows<{ n: number }>(
          db,
          sql`select count(*)::int as n from sends where slot = ${slot} and state = ${state}
            and detail is not distinct from ${why}`,
        )
      )[0]?.n ?? 0;
    expect(await detail("plan", "sent", null)).toBeGreaterThan(1000);
    expect(await detail("plan", "skipped", "budget")).toBeGreaterThan(100);
    expect(await detail("plan", "skipped", "checkedIn")).toBeGreaterThan(100);
    expect(await detail("evening", "skipped", "checkedIn")).toBeGreaterThan(1000);
    expect(sender.delivered.some((d) => d.message.text.includes("🧊"))).toBe(true);
  });
});
