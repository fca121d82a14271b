// Scheduler tick over 100k members: none due, and 10k due, against reading the due rows alone.
import { lte } from "drizzle-orm";
import type { DatabaseHandle } from "../src/db/client.js";
import { members } from "../src/db/schema/index.js";
import { claimDue, runTick } from "../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../src/scheduler/types.js";
import { median, type Result, report, timeIt } from "./harness.js";
import { createMembers, makeDue } from "./members.js";

const MEMBERS = 100_000;
const DUE = 10_000;

export async function benchSchedulerTick(handle: DatabaseHandle, deps: SchedulerDeps): Promise<Result[]> {
  const now = new Date("2026-12-03T12:00:00Z");
  const future = new Date("2026-12-04T12:00:00Z");
  await createMembers(handle.db, MEMBERS, future);
  const readDue = () =>
    handle.db
      .select({ id: members.id, dueAt: members.nextMorningAt })
      .from(members)
      .where(lte(members.nextMorningAt, now));

  // None due.
  for (let i = 0; i < 5; i += 1) await runTick(deps, now);
  const idleRuns: number[] = [];
  for (let i = 0; i < 30; i += 1) idleRuns.push(await timeIt(() => runTick(deps, now)));
  const idleTick = median(idleRuns);
  const idleRead: number[] = [];
  for (let i = 0; i < 30; i += 1) idleRead.push(await timeIt(readDue));
  const none = report({
    name: `scheduler tick, ${MEMBERS / 1000}k members, none due`,
    value: idleTick,
    baseline: median(idleRead),
    baselineLabel: "reading the due rows",
    unit: "ms",
    goal: "≤ 5 ms",
    ratio: idleTick / median(idleRead),
    met: idleTick <= 5,
  });

  // 10k due: the tick's find, decide and claim (delivery is paced by the platforms, measured as fan-out).
  const claimRuns: number[] = [];
  const readRuns: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await makeDue(handle.db, DUE, now, future);
    readRuns.push(await timeIt(readDue));
    claimRuns.push(await timeIt(() => claimDue(deps, now)));
  }
  const claim = median(claimRuns);
  const read = median(readRuns);
  const busy = report({
    name: `scheduler tick, ${MEMBERS / 1000}k members, ${DUE / 1000}k due (find, decide, claim)`,
    value: claim,
    baseline: read,
    baselineLabel: "reading the due rows",
    unit: "ms",
    goal: "≤ 2× plain read",
    ratio: claim / read,
    met: claim / read <= 2,
  });
  return [none, busy];
}
