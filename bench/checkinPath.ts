// The check-in path (parse → store → week total → reply) for 32 concurrent members, against a raw
// postgres.js INSERT of the same row at the same concurrency (on PGlite, which has no postgres.js, a
// plain INSERT through its driver).
import { sql } from "drizzle-orm";
import postgres from "postgres";
import type { CoreDeps } from "../src/core/commands/context.js";
import { dispatch } from "../src/core/dispatch.js";
import type { DatabaseHandle } from "../src/db/client.js";
import { rawRows } from "../src/db/rawRows.js";
import { median, type Result, report, timeIt } from "./harness.js";

const CONCURRENCY = 32;
const PER_MEMBER = 40;
/** Rounds of each, alternated, so a warming cache or a noisy neighbour does not favour one side. */
const ROUNDS = 3;

type Insert = (memberId: number, eventId: string) => Promise<unknown>;

export async function benchCheckinPath(
  handle: DatabaseHandle,
  deps: CoreDeps,
  serverUrl: string | null,
): Promise<Result> {
  const at = new Date("2026-12-03T15:00:00Z");
  const members = Array.from({ length: CONCURRENCY }, (_, i) => `bench-${i}`);
  // Warm up: members exist, statements are prepared.
  for (const id of members) {
    await dispatch(deps, message(id, `warm-${id}`, "/checkin 1m"), at);
  }
  const memberIds = await rawRows<{ id: number }>(
    handle.db,
    sql`select id from members order by id limit ${CONCURRENCY}`,
  );
  const raw = serverUrl === null ? null : postgres(serverUrl, { max: 10, onnotice: () => {} });
  const insert: Insert = raw
    ? (id, eventId) =>
        raw`insert into checkins (member_id, minutes, local_date, note, recorded_at, platform, event_id)
            values (${id}, 1, '2026-12-02', 'pandas', now(), 'console', ${eventId})`
    : (id, eventId) =>
        handle.db.execute(sql`insert into checkins (member_id, minutes, local_date, note, recorded_at, platform, event_id)
            values (${id}, 1, '2026-12-02', 'pandas', now(), 'console', ${eventId})`);

  const total = CONCURRENCY * PER_MEMBER;
  const coreRates: number[] = [];
  const rawRates: number[] = [];
  try {
    await insert(Number(memberIds[0]?.id), "raw-warm");
    for (let round = 0; round < ROUNDS; round += 1) {
      const corePath = await timeIt(() =>
        Promise.all(
          members.map(async (id) => {
            for (let i = 0; i < PER_MEMBER; i += 1) {
              // "again": each is a new session, recorded, not asked about as a repeat of the last.
              await dispatch(deps, message(id, `core-${round}-${id}-${i}`, "/checkin 1m pandas again"), at);
            }
          }),
        ),
      );
      const rawInsert = await timeIt(() =>
        Promise.all(
          memberIds.map(async ({ id }) => {
            for (let i = 0; i < PER_MEMBER; i += 1) await insert(id, `raw-${round}-${id}-${i}`);
          }),
        ),
      );
      coreRates.push(total / (corePath / 1000));
      rawRates.push(total / (rawInsert / 1000));
    }
  } finally {
    await raw?.end();
  }
  const coreRate = median(coreRates);
  const rawRate = median(rawRates);
  return report({
    name: `check-in path, ${CONCURRENCY} concurrent members`,
    value: coreRate,
    baseline: rawRate,
    baselineLabel: serverUrl === null ? "INSERT through PGlite" : "raw postgres.js INSERT",
    unit: "check-ins/s",
    goal: "ratio ≥ 0.5",
    ratio: coreRate / rawRate,
    met: coreRate / rawRate >= 0.5,
  });
}

function message(user: string, eventId: string, text: string) {
  return {
    platform: "console" as const,
    eventId,
    user: { id: user, displayName: user, locale: "en" },
    chat: { id: "bench", kind: "private" as const },
    text,
  };
}
