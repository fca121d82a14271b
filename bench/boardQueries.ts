// Leaderboard and weekly-recap queries with 10k members and 1M check-ins: p50 and p95.
import { sql } from "drizzle-orm";
import type { ScheduleStore } from "../src/core/nudges/ports.js";
import type { DatabaseHandle } from "../src/db/client.js";
import { rawRows } from "../src/db/rawRows.js";
import { median, percentile, type Result, report, timeIt } from "./harness.js";

const MEMBERS = 10_000;
const CHECKINS = 1_000_000;
const GROUP_SIZE = 50;
const RUNS = 60;

export async function benchBoardQueries(handle: DatabaseHandle, schedule: ScheduleStore): Promise<Result[]> {
  await handle.db.execute(sql`
    insert into members (display_name, timezone, roadmap_start)
    select 'board ' || i, 'America/Sao_Paulo', date '2026-09-01' from generate_series(1, ${MEMBERS}) as i`);
  const [first] = await rawRows<{ id: number }>(
    handle.db,
    sql`select min(id)::int as id from members where display_name like 'board %'`,
  );
  const base = Number(first?.id);
  await handle.db.execute(sql`
    insert into checkins (member_id, minutes, local_date, recorded_at, platform, event_id)
    select ${base} + (i % ${MEMBERS}), 30 + i % 90, date '2026-09-01' + (i % 91), now(), 'console', 'board-' || i
    from generate_series(1, ${CHECKINS}) as i`);
  const groups = MEMBERS / GROUP_SIZE;
  await handle.db.execute(sql`
    insert into groups (platform, chat_id, title, timezone)
    select 'console', 'board-group-' || g, 'Group ' || g, 'America/Sao_Paulo' from generate_series(1, ${groups}) as g`);
  await handle.db.execute(sql`
    insert into group_members (group_id, member_id)
    select g.id, m.id from members m
    join groups g on g.chat_id = 'board-group-' || (1 + (m.id - ${base}) % ${groups})
    where m.display_name like 'board %'`);
  await handle.db.execute(sql`analyze`);
  const [group] = await rawRows<{ id: number }>(
    handle.db,
    sql`select id from groups where chat_id = 'board-group-7'`,
  );
  const groupId = Number(group?.id);

  const board: number[] = [];
  const recap: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    board.push(await timeIt(() => schedule.groupMinutes(groupId, "2026-11-23", "2026-11-29")));
    recap.push(await timeIt(() => schedule.dailyMinutes(base + (i % MEMBERS), "2026-11-23", "2026-11-29")));
  }
  return [
    p50Within20ms("leaderboard query (group of 50, 1M check-ins), p50", board),
    p50Within20ms("weekly recap query (one member, 1M check-ins), p50", recap),
  ];
}

/** A query's p50 against the 20 ms goal, with its p95 in the baseline column. */
function p50Within20ms(name: string, runs: number[]): Result {
  const p50 = median(runs);
  return report({
    name,
    value: p50,
    baseline: percentile(runs, 95),
    baselineLabel: "p95",
    unit: "ms",
    goal: "p50 ≤ 20 ms (baseline column: p95)",
    ratio: p50 / 20,
    met: p50 <= 20,
  });
}
