// A scheduler over a TestBot's database, delivering to a recording sender that can be told to fail; and
// ways to move time on for it: its timers (deadlines, renewals) and the database's leases.

import { sql } from "drizzle-orm";
import { renderChart } from "../../src/charts/renderChart.js";
import type { CoreDeps, IncomingMessage } from "../../src/core/commands/context.js";
import type { OutgoingMessage, PlatformSender, SendResult } from "../../src/core/delivery.js";
import { dispatch } from "../../src/core/dispatch.js";
import { mockHintsFor } from "../../src/core/mock/hints.js";
import type { ChartData } from "../../src/core/nudges/compose.js";
import type { Platform } from "../../src/core/ports.js";
import type { Database } from "../../src/db/client.js";
import { runTick } from "../../src/scheduler/runTick.js";
import type { Timers } from "../../src/scheduler/timers.js";
import type { SchedulerDeps, TickReport } from "../../src/scheduler/types.js";
import type { TestBot } from "./bot.js";

export interface Delivered {
  to: string;
  channel: boolean;
  message: OutgoingMessage;
}

export interface RecordingSender extends PlatformSender {
  delivered: Delivered[];
  /** Answers for the next sends, in order; then every send succeeds. */
  failNext: SendResult[];
}

export function recordingSender(): RecordingSender {
  const delivered: Delivered[] = [];
  const failNext: SendResult[] = [];
  const send = async (to: string, channel: boolean, message: OutgoingMessage): Promise<SendResult> => {
    const failure = failNext.shift();
    if (failure) return failure;
    delivered.push({ to, channel, message });
    return { ok: true };
  };
  return {
    platform: "console",
    delivered,
    failNext,
    sendToMember: (to, message) => send(to, false, message),
    sendToChannel: (to, message) => send(to, true, message),
  };
}

export function schedulerFor(bot: TestBot, sender: PlatformSender, instance = "test"): SchedulerDeps {
  return schedulerOver(bot.deps, [sender], instance, bot.errors);
}

/** The scheduler over a core, delivering through the given platforms' senders; errors are collected. */
export function schedulerOver(
  deps: CoreDeps,
  senders: PlatformSender[],
  instance = "test",
  errors: unknown[] = [],
): SchedulerDeps {
  return {
    ...deps,
    senders: new Map(senders.map((sender) => [sender.platform, sender])),
    renderChart: (chart: ChartData) => ({ png: renderChart(chart), filename: "summary.png", alt: chart.alt }),
    instance,
    mockHints: mockHintsFor(deps.mock, deps.roadmap),
    log: { error: (details) => errors.push(details), info: () => {} },
  };
}

/** Monday 23 November 2026, noon in São Paulo: the week whose summary goes out on Sunday the 29th. */
export const GROUP_WEEK_MONDAY = new Date("2026-11-23T15:00:00Z");
/** Sunday 29 November 2026, 20:00 in São Paulo: when that summary is due. */
export const GROUP_SUMMARY_DUE = new Date("2026-11-29T23:00:00Z");

/**
 * A study group of `size` members on `platform`, each with 2h logged on Monday (GROUP_WEEK_MONDAY), and its
 * Sunday 20:00 summary set up by an admin; returns the members' names, as the board shows them.
 */
export async function studyGroupOf(
  deps: CoreDeps,
  platform: Platform,
  chat: { id: string; channelId?: string },
  size: number,
): Promise<string[]> {
  const group = { ...chat, kind: "group" as const, title: "MLOps study group" };
  let events = 0;
  const say = async (user: IncomingMessage["user"], text: string) => {
    events += 1;
    const message = { platform, eventId: `seed-${events}`, user, chat: group, text };
    await dispatch(deps, message, GROUP_WEEK_MONDAY);
  };
  await say(
    { id: "9000", displayName: "admin", isGroupAdmin: true },
    "/setup America/Sao_Paulo sunday 20:00",
  );
  const names = Array.from(
    { length: size },
    (_, i) => `Participant ${String(i + 1).padStart(2, "0")} of the MLOps cohort`,
  );
  for (const [i, name] of names.entries())
    await say({ id: String(1000 + i), displayName: name }, "/checkin 2h");
  return names;
}

export function tickAt(deps: SchedulerDeps, iso: string): Promise<TickReport> {
  return runTick(deps, new Date(iso));
}

/**
 * Moves every claim's lease in the send log `ms` into the past, as if that much time had passed by the database's
 * clock, which leases are counted on. Only between sends: a send in progress renews its lease as time passes.
 */
export async function leaseTimePasses(db: Database, ms: number): Promise<void> {
  await db.execute(
    sql`update sends set lease_until = lease_until - ${ms}::double precision * interval '1 millisecond'
        where state = 'claimed'`,
  );
}

export interface ManualTimers extends Timers {
  /** Moves time on by `ms`, firing what falls due in order, each waited for before the next. */
  advance(ms: number): Promise<void>;
  /** How many timers are set and not yet fired. */
  pending(): number;
}

/** Timers that fire only when a test moves time on. */
export function manualTimers(): ManualTimers {
  let now = 0;
  let ids = 0;
  const set = new Map<number, { at: number; fn: () => void | Promise<void> }>();
  return {
    after(ms, fn) {
      const id = ids++;
      set.set(id, { at: now + ms, fn });
      return () => set.delete(id);
    },
    async advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...set.entries()]
          .filter(([, timer]) => timer.at <= until)
          .sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
        if (due === undefined) break;
        const [id, timer] = due;
        set.delete(id);
        now = timer.at;
        await timer.fn();
      }
      now = until;
    },
    pending: () => set.size,
  };
}

/** A send that hangs until its signal aborts, as a platform client does when the platform stops answering. */
export function untilAborted(signal: AbortSignal | undefined): Promise<SendResult> {
  return new Promise((resolve) => {
    const abandoned = () => resolve({ ok: false, error: "transient", detail: "The operation was aborted" });
    if (signal?.aborted) abandoned();
    signal?.addEventListener("abort", abandoned, { once: true });
  });
}
