// Generates members in bulk, spread over timezones and reminder times, straight in SQL.
import { sql } from "drizzle-orm";
import type { Database } from "../src/db/client.js";

const ZONES = ["America/Sao_Paulo", "Europe/Lisbon", "America/New_York", "Australia/Sydney", "Asia/Tokyo"];

export async function createMembers(db: Database, count: number, pointer: Date): Promise<void> {
  const zones = `{${ZONES.join(",")}}`;
  await db.execute(sql`
    insert into members (display_name, timezone, remind_time, roadmap_start, next_morning_at, next_evening_at, next_recap_at)
    select 'member ' || i, (${zones}::text[])[1 + i % 5], lpad((6 + i % 4)::text, 2, '0') || ':00', date '2026-11-01',
           ${pointer.toISOString()}::timestamptz, ${pointer.toISOString()}::timestamptz, ${pointer.toISOString()}::timestamptz
    from generate_series(1, ${count}) as i`);
  await db.execute(sql`
    insert into identities (platform, platform_user_id, member_id)
    select 'console', 'user-' || id, id from members`);
  await db.execute(sql`analyze`);
}

/** Makes `count` members due at `at` (their morning pointer), leaving the rest in the future. */
export async function makeDue(db: Database, count: number, at: Date, future: Date): Promise<void> {
  await db.execute(sql`update members set next_morning_at = ${future.toISOString()}::timestamptz`);
  await db.execute(sql`delete from sends`);
  await db.execute(sql`
    update members set next_morning_at = ${at.toISOString()}::timestamptz
    where id in (select id from members order by id limit ${count})`);
}
