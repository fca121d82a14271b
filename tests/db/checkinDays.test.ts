// A check-in's confirmation reads its day, week and streak from per-day totals kept by a trigger: they
// must follow every way check-ins come and go, and an upgrade must carry the existing history over.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/core/ports.js";
import type { Database, DatabaseHandle } from "../../src/db/client.js";
import { rawRows } from "../../src/db/rawRows.js";
import { createScheduleStore } from "../../src/db/scheduleStore.js";
import * as schema from "../../src/db/schema/index.js";
import { createStore } from "../../src/db/store.js";
import { createServerDatabase, SERVER_URL, testDatabases } from "../support/databases.js";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const WEEK = { weekFrom: "2026-11-23", weekTo: "2026-11-29", activeUntil: "2026-11-29", activeLimit: 30 };
const checkinOf = (memberId: number, eventId: string, minutes: number, localDate: string, at: string) => ({
  memberId,
  minutes,
  localDate,
  note: null,
  recordedAt: new Date(at),
  platform: "telegram" as const,
  eventId,
});

/** Whether the per-day totals are exactly the sums of the check-ins, day by day. */
async function daysDrift(db: Database): Promise<unknown[]> {
  return rawRows(
    db,
    sql`select coalesce(d.member_id, c.member_id) as member_id, coalesce(d.local_date, c.local_date)::text as day,
               d.minutes as kept, c.minutes as summed
          from checkin_days d
          full join (select member_id, local_date, sum(minutes)::int as minutes from checkins
                      group by member_id, local_date) c
            on c.member_id = d.member_id and c.local_date = d.local_date
         where d.minutes is distinct from c.minutes`,
  );
}

describe.each(storeBackends)("a day's total after an undo on $name", (backend) => {
  let opened: OpenedStores;
  let store: Store;
  beforeAll(async () => {
    opened = await backend.open();
    store = opened.store;
  });
  afterAll(() => opened.close());

  const memberNamed = (id: string) =>
    store.ensureMember({ platform: "telegram", platformUserId: id, displayName: id }, { timezone: "UTC" });

  it("GIVEN a day's only check-in undone THEN the next confirmation leaves that day out of the week and the streak", async () => {
    const member = await memberNamed("9001");
    await store.recordCheckin(
      checkinOf(member.id, "a", 60, "2026-11-27", "2026-11-27T12:00:00Z"),
      1440,
      WEEK,
    );
    await store.recordCheckin(
      checkinOf(member.id, "b", 60, "2026-11-28", "2026-11-28T12:00:00Z"),
      1440,
      WEEK,
    );
    await store.removeLatestCheckin(member.id, new Date("2026-11-28T00:00:00Z"));
    const next = await store.recordCheckin(
      checkinOf(member.id, "c", 30, "2026-11-26", "2026-11-28T13:00:00Z"),
      1440,
      WEEK,
    );
    expect(next).toMatchObject({
      kind: "recorded",
      progress: { weekMinutes: 90, activeDates: ["2026-11-27", "2026-11-26"] },
    });
  });

  it("GIVEN a full day with a check-in undone THEN that time can be logged again", async () => {
    const member = await memberNamed("9002");
    const log = (id: string, minutes: number) =>
      store.recordCheckin(
        checkinOf(member.id, `full-${id}`, minutes, "2026-11-28", "2026-11-28T12:00:00Z"),
        1440,
        WEEK,
      );
    await log("a", 720);
    await log("b", 720);
    expect(await log("c", 60)).toEqual({ kind: "dayFull", dayMinutes: 1440 });
    await store.removeLatestCheckin(member.id, new Date("2026-11-28T00:00:00Z"));
    expect(await log("d", 60)).toMatchObject({ kind: "recorded", progress: { weekMinutes: 780 } });
  });
});

describe.each(testDatabases)("per-day totals on $name", (database) => {
  let handle: DatabaseHandle;
  let store: Store;
  beforeAll(async () => {
    handle = await database.open();
    store = createStore(handle.db);
  });
  afterAll(() => handle.close());

  const memberNamed = (id: string) =>
    store.ensureMember({ platform: "telegram", platformUserId: id, displayName: id }, { timezone: "UTC" });

  it("GIVEN check-ins and an undo THEN every read of minutes and active days gives the per-day totals", async () => {
    const schedule = createScheduleStore(handle.db);
    const [ana, bia] = await Promise.all(["9201", "9202"].map(memberNamed));
    if (ana === undefined || bia === undefined) throw new Error("no members");
    const chat = { platform: "telegram" as const, chatId: "-9200", title: "study", timezone: "UTC" };
    await store.ensureGroupMember(ana.id, chat);
    await store.ensureGroupMember(bia.id, chat);
    const group = await schedule.groupByChat("telegram", chat.chatId);
    if (group === null) throw new Error("no group");
    const log = (memberId: number, id: string, minutes: number, day: string) =>
      store.recordCheckin(checkinOf(memberId, `reads-${id}`, minutes, day, `${day}T12:00:00Z`), 1440, WEEK);
    await log(ana.id, "a1", 40, "2026-11-20");
    await log(ana.id, "a2", 25, "2026-11-24");
    await log(ana.id, "a3", 35, "2026-11-24");
    await log(ana.id, "a4", 50, "2026-11-26");
    await log(bia.id, "b1", 70, "2026-11-24");
    await log(bia.id, "b2", 15, "2026-11-27");
    // Ana's 26th goes back to nothing: no row, no minutes, not an active day.
    await store.removeLatestCheckin(ana.id, new Date("2026-11-26T00:00:00Z"));
    expect(await daysDrift(handle.db)).toEqual([]);

    const mondays = ["2026-11-16", "2026-11-23"];
    const reads = async () => ({
      between: await store.minutesBetween(ana.id, "2026-11-21", "2026-11-29"),
      total: await store.totalMinutes(ana.id),
      active: await store.activeDates(ana.id, "2026-11-29", 30),
      daily: Object.fromEntries(await schedule.dailyMinutes(ana.id, "2026-11-01", "2026-11-30")),
      recent: [...((await schedule.recentActiveDays([ana.id, bia.id], "2026-11-21")).get(bia.id) ?? [])],
      week: (await schedule.groupMinutes(group.id, "2026-11-23", "2026-11-29")).map((m) => [
        m.memberId,
        m.minutes,
      ]),
      allTime: (await schedule.groupMinutes(group.id, null, "2026-11-29")).map((m) => [
        m.memberId,
        m.minutes,
      ]),
      weekly: await schedule.groupWeeklyTotals(group.id, mondays),
    });
    expect(await reads()).toEqual({
      between: 60,
      total: 100,
      active: ["2026-11-24", "2026-11-20"],
      daily: { "2026-11-20": 40, "2026-11-24": 60 },
      recent: expect.arrayContaining(["2026-11-24", "2026-11-27"]),
      week: [
        [bia.id, 85],
        [ana.id, 60],
      ],
      allTime: [
        [ana.id, 100],
        [bia.id, 85],
      ],
      weekly: [40, 145],
    });

    // The kept totals are what every read answers from: a changed total shows in each of them.
    const tamper = (delta: number) =>
      handle.db.execute(
        sql`update checkin_days set minutes = minutes + ${delta}
             where member_id = ${ana.id} and local_date = '2026-11-24'`,
      );
    await tamper(1000);
    try {
      expect(await reads()).toMatchObject({
        between: 1060,
        total: 1100,
        daily: { "2026-11-20": 40, "2026-11-24": 1060 },
        week: [
          [ana.id, 1060],
          [bia.id, 85],
        ],
        weekly: [40, 1145],
      });
    } finally {
      await tamper(-1000);
    }
  });

  it("GIVEN check-ins, undos and a forget at once THEN the totals match the check-ins, day by day", async () => {
    const people = await Promise.all(["9101", "9102", "9103", "9104"].map(memberNamed));
    const days = ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28"];
    await Promise.all(
      people.map(async (member, p) => {
        for (let i = 0; i < 24; i += 1) {
          const day = days[(i * 7 + p) % days.length] ?? "2026-11-28";
          await Promise.all([
            store.recordCheckin(
              checkinOf(member.id, `${member.id}-${i}`, 15 + i, day, "2026-11-28T12:00:00Z"),
              1440,
              WEEK,
            ),
            i % 5 === 4 ? store.removeLatestCheckin(member.id, new Date(0)) : null,
          ]);
        }
      }),
    );
    const [gone] = people;
    if (gone === undefined) throw new Error("no member");
    await store.forgetMember(gone.id);
    expect(await daysDrift(handle.db)).toEqual([]);
    const kept = await rawRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from checkin_days where member_id = ${gone.id}`,
    );
    expect(kept[0]?.n).toBe(0);
  });
});

interface Upgradable {
  db: Database;
  migrate(folder: string): Promise<void>;
  close(): Promise<void>;
}

/** Applies the migrations before 0006, as an older release left the database. */
async function olderMigrations(): Promise<{ folder: string; cleanUp(): Promise<void> }> {
  const all = fileURLToPath(new URL("../../migrations", import.meta.url));
  const folder = await mkdtemp(join(tmpdir(), "constancia-migrations-"));
  await cp(all, folder, { recursive: true });
  const journalPath = join(folder, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((entry) => entry.tag < "0006");
  await writeFile(journalPath, JSON.stringify(journal));
  return { folder, cleanUp: () => rm(folder, { recursive: true, force: true }) };
}

const serverUrl = SERVER_URL;
const upgrades: { name: string; open(): Promise<Upgradable> }[] = [
  {
    name: "pglite",
    async open() {
      const client = await PGlite.create();
      const db = drizzlePglite({ client, schema });
      return {
        db,
        migrate: (folder: string) => migratePglite(db, { migrationsFolder: folder }),
        close: () => client.close(),
      };
    },
  },
  ...(serverUrl === null
    ? []
    : [
        {
          name: "postgres",
          async open() {
            const created = await createServerDatabase(serverUrl);
            const client = postgres(created.url, { max: 2, onnotice: () => {} });
            const db = drizzlePostgres({ client, schema });
            return {
              db,
              migrate: (folder: string) => migratePostgres(db, { migrationsFolder: folder }),
              close: async () => {
                await client.end();
                await created.drop();
              },
            };
          },
        },
      ]),
];

describe.each(upgrades)("upgrading to per-day totals on $name", (database) => {
  // Every migration from scratch, with no dump to start from: the slowest setup in the suite.
  it("GIVEN check-ins stored by an older release THEN the upgrade totals them, and the next confirmation counts them", {
    timeout: 120_000,
  }, async () => {
    const older = await olderMigrations();
    const opened = await database.open();
    try {
      await opened.migrate(older.folder);
      await opened.db.execute(
        sql`insert into members (display_name, timezone) values ('ana', 'UTC'), ('bia', 'UTC')`,
      );
      await opened.db.execute(
        sql`insert into checkins (member_id, minutes, local_date, recorded_at, platform, event_id) values
              (1, 60, '2026-11-24', now(), 'telegram', 'e1'), (1, 30, '2026-11-24', now(), 'telegram', 'e2'),
              (1, 45, '2026-11-26', now(), 'telegram', 'e3'), (2, 20, '2026-11-26', now(), 'telegram', 'e4')`,
      );
      await opened.migrate(fileURLToPath(new URL("../../migrations", import.meta.url)));
      expect(await daysDrift(opened.db)).toEqual([]);
      const next = await createStore(opened.db).recordCheckin(
        checkinOf(1, "e5", 15, "2026-11-28", "2026-11-28T12:00:00Z"),
        1440,
        WEEK,
      );
      expect(next).toMatchObject({
        kind: "recorded",
        progress: { weekMinutes: 150, activeDates: ["2026-11-28", "2026-11-26", "2026-11-24"] },
      });
    } finally {
      await opened.close();
      await older.cleanUp();
    }
  });
});
